// Builds a copy of the site with N synthetic posts, for each N, and reports wall time, memory and
// the marginal cost of a post. Each build is the real one: content check, contentlayer2, next build.
import { join } from 'node:path';
import { makeSiteCopy, mb, timed, writeSyntheticPosts } from './site-copy.mjs';

export async function measureBuilds(counts) {
  const rows = [];
  for (const count of counts) {
    const dir = makeSiteCopy(`build-${count}`);
    writeSyntheticPosts(dir, count);
    const bin = (name) => join(dir, 'node_modules', '.bin', name);
    const steps = [
      await timed(bin('tsx'), ['scripts/content-check.ts'], dir),
      await timed(bin('contentlayer2'), ['build'], dir),
      await timed(bin('next'), ['build'], dir),
    ];
    rows.push({
      posts: count,
      seconds: steps.reduce((sum, s) => sum + s.seconds, 0),
      peak: Math.max(...steps.map((s) => s.peakBytes)),
      sum: Math.max(...steps.map((s) => s.sumBytes)),
      steps: steps.map((s) => s.seconds),
    });
  }
  return rows;
}

export function formatBuilds(rows) {
  return rows.map((row, i) => {
    const previous = rows[i - 1];
    const marginal = previous
      ? ((row.seconds - previous.seconds) / (row.posts - previous.posts)) * 1000
      : (row.seconds / row.posts) * 1000;
    return `${String(row.posts).padStart(5)} posts  ${row.seconds.toFixed(1).padStart(6)} s  (check ${row.steps[0].toFixed(1)} s, contentlayer ${row.steps[1].toFixed(1)} s, next build ${row.steps[2].toFixed(1)} s)  peak ${mb(row.peak)} in one process, ${mb(row.sum)} summed  ${marginal.toFixed(0)} ms/post marginal`;
  });
}
