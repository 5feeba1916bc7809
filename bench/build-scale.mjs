// Builds a copy of the site with N synthetic posts, for each N, and reports wall time, memory and
// the marginal cost of a post. Each build is the real one, `npm run build`: content check and
// contentlayer2 side by side, then next build.
import { makeSiteCopy, mb, timed, writeSyntheticPosts } from './site-copy.mjs';

export async function measureBuilds(counts) {
  const rows = [];
  for (const count of counts) {
    const dir = makeSiteCopy(`build-${count}`);
    writeSyntheticPosts(dir, count);
    const build = await timed('node', ['scripts/build.mjs'], dir);
    const steps = build.output.match(
      /Build steps: content check ([\d.]+) s, contentlayer ([\d.]+) s, types ([\d.]+) s, next compile ([\d.]+) s, next prerender ([\d.]+) s/,
    );
    if (!steps) throw new Error(`No step times in the build output:\n${build.output.slice(-2000)}`);
    rows.push({
      posts: count,
      seconds: build.seconds,
      treePeak: build.treePeak,
      processPeak: build.processPeak,
      atPeak: build.atPeak,
      steps: steps.slice(1).map(Number),
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
    return `${String(row.posts).padStart(5)} posts  ${row.seconds.toFixed(1).padStart(6)} s  (check ${row.steps[0].toFixed(1)} s ‖ contentlayer ${row.steps[1].toFixed(1)} s, types ${row.steps[2].toFixed(1)} s, next compile ${row.steps[3].toFixed(1)} s, prerender ${row.steps[4].toFixed(1)} s)  memory ${mb(row.treePeak)} whole tree, ${mb(row.processPeak)} largest process  ${marginal.toFixed(0)} ms/post marginal\n        at the peak: ${row.atPeak
      .slice(0, 4)
      .map((p) => `${p.name} ${mb(p.rss)}`)
      .join(', ')}`;
  });
}
