// Builds a copy of the site with N synthetic posts, for each N, and reports wall time, memory and
// the marginal cost of a post. Each build is the real one, `npm run build`, from cold: content
// check and contentlayer2 side by side, types, then next build. The largest N is then rebuilt
// after one post's edit, as a deploy would be with .next/cache restored.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy, mb, timed, writeSyntheticPosts } from './site-copy.mjs';

const STEPS =
  /Build steps: content check ([\d.]+) s, contentlayer ([\d.]+) s, types ([\d.]+) s, next compile ([\d.]+) s, next prerender ([\d.]+) s/;

async function measureBuild(dir, posts) {
  const build = await timed('node', ['scripts/build.mjs'], dir);
  const steps = build.output.match(STEPS);
  if (!steps) throw new Error(`No step times in the build output:\n${build.output.slice(-2000)}`);
  const { seconds, treePeak, processPeak, atPeak } = build;
  return { posts, seconds, treePeak, processPeak, atPeak, steps: steps.slice(1).map(Number) };
}

export async function measureBuilds(counts) {
  const rows = [];
  let dir;
  for (const count of counts) {
    dir = makeSiteCopy(`build-${count}`);
    writeSyntheticPosts(dir, count);
    rows.push(await measureBuild(dir, count));
  }
  if (dir) {
    const edited = join(dir, 'content', 'posts', 'synthetic-post-1.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('title: "', 'title: "Updated: '));
    rows.push({ ...(await measureBuild(dir, rows.at(-1).posts)), rebuild: true });
  }
  return rows;
}

export function formatBuilds(rows) {
  const cold = rows.filter((row) => !row.rebuild);
  return rows.map((row) => {
    const previous = cold[cold.indexOf(row) - 1];
    const marginal = row.rebuild
      ? 'rebuild after editing one post, .next/cache kept'
      : `${(previous ? ((row.seconds - previous.seconds) / (row.posts - previous.posts)) * 1000 : (row.seconds / row.posts) * 1000).toFixed(0)} ms/post marginal`;
    const [check, contentlayer, types, compile, prerender] = row.steps.map((s) => s.toFixed(1));
    return (
      `${String(row.posts).padStart(5)} posts  ${row.seconds.toFixed(1).padStart(6)} s  ` +
      `(check ${check} s ‖ contentlayer ${contentlayer} s, types ${types} s, next compile ${compile} s, prerender ${prerender} s)  ` +
      `memory ${mb(row.treePeak)} whole tree, ${mb(row.processPeak)} largest process  ${marginal}\n` +
      `        at the peak: ${row.atPeak
        .slice(0, 4)
        .map((p) => `${p.name} ${mb(p.rss)}`)
        .join(', ')}`
    );
  });
}
