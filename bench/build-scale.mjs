// Builds a copy of the site with N posts in all (the five real ones plus synthetic ones), for
// each N, cold, with `npm run build` as a deploy runs it, and reports wall time and the peak
// memory of the whole process tree. The largest N is then rebuilt after one post's edit, as a
// deploy would be with the build folder's cache restored.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy, mb, timed, writeSyntheticPosts } from './site-copy.mjs';

async function measureBuild(dir, posts) {
  const { seconds, treePeak, processPeak, atPeak } = await timed('npm', ['run', 'build'], dir);
  return { posts, seconds, treePeak, processPeak, atPeak };
}

export async function measureBuilds(counts, { rebuild = true } = {}) {
  const rows = [];
  let dir;
  for (const count of counts) {
    dir = makeSiteCopy(`build-${count}`);
    const real = readdirSync(join(dir, 'content', 'posts')).filter((f) => f.endsWith('.mdx'));
    writeSyntheticPosts(dir, Math.max(0, count - real.length));
    rows.push(await measureBuild(dir, Math.max(count, real.length)));
  }
  if (rebuild && dir && rows.at(-1).posts > 5) {
    const edited = join(dir, 'content', 'posts', 'synthetic-post-1.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('title: "', 'title: "Updated: '));
    rows.push({ ...(await measureBuild(dir, rows.at(-1).posts)), rebuild: true });
  }
  return rows;
}

export function formatBuilds(rows) {
  const first = rows[0];
  return rows.map((row) => {
    const ratio =
      row === first
        ? ''
        : `  ×${(row.seconds / first.seconds).toFixed(2)} time, ×${(row.treePeak / first.treePeak).toFixed(2)} memory of the ${first.posts}-post build`;
    return (
      `${String(row.posts).padStart(5)} posts${row.rebuild ? ' (rebuild after one edit, cache kept)' : ''}  ` +
      `${row.seconds.toFixed(1).padStart(6)} s  peak ${mb(row.treePeak)} whole tree, ${mb(row.processPeak)} largest process${ratio}\n` +
      `        at the peak: ${row.atPeak
        .slice(0, 4)
        .map((p) => `${p.name} ${mb(p.rss)}`)
        .join(', ')}`
    );
  });
}
