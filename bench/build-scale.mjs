// Builds a copy of the site with N posts in all (the real ones plus synthetic ones), for each N,
// cold, with `npm run build` as a deploy runs it, and reports wall time and the peak memory of
// the whole process tree. With `bilingual`, each N is built again with the posts shared half and
// half between English and Malay, right after the English one. The largest N is then rebuilt
// after one post's edit, as a deploy would be with the build folder's cache restored.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy, mb, timed, writeSyntheticPosts } from './site-copy.mjs';

async function measureBuild(dir, posts, languages) {
  const { seconds, treePeak, processPeak, atPeak } = await timed('npm', ['run', 'build'], dir);
  return { posts, languages, seconds, treePeak, processPeak, atPeak };
}

/** A copy of the site with `count` posts in all, the synthetic ones shared over `languages`. */
function siteWithPosts(count, languages) {
  const dir = makeSiteCopy(`build-${count}-${languages.join('-')}`);
  const real = readdirSync(join(dir, 'content', 'posts'), { recursive: true, encoding: 'utf8' });
  const realCount = real.filter((f) => f.endsWith('.mdx')).length;
  writeSyntheticPosts(dir, Math.max(0, count - realCount), languages);
  return { dir, posts: Math.max(count, realCount) };
}

export async function measureBuilds(counts, { rebuild = true, bilingual = false } = {}) {
  const rows = [];
  let dir;
  for (const count of counts) {
    const sets = bilingual && count > 100 ? [['en'], ['en', 'ms']] : [['en']];
    for (const languages of sets) {
      const site = siteWithPosts(count, languages);
      dir = site.dir;
      rows.push(await measureBuild(dir, site.posts, languages));
    }
  }
  if (rebuild && dir && rows.at(-1).posts > 5) {
    const edited = join(dir, 'content', 'posts', 'synthetic-post-1.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('title: "', 'title: "Updated: '));
    rows.push({
      ...(await measureBuild(dir, rows.at(-1).posts, rows.at(-1).languages)),
      rebuild: true,
    });
  }
  return rows;
}

export function formatBuilds(rows) {
  const first = rows[0];
  return rows.map((row, i) => {
    // A bilingual build compares with the English build of the same size just before it.
    const base = row.languages.length > 1 && !row.rebuild ? rows[i - 1] : first;
    const ratio =
      row === first
        ? ''
        : `  ×${(row.seconds / base.seconds).toFixed(2)} time, ×${(row.treePeak / base.treePeak).toFixed(2)} memory of the ${base.posts}-post ${base.languages.join('+')} build`;
    return (
      `${String(row.posts).padStart(5)} posts ${row.languages.join('+')}${row.rebuild ? ' (rebuild after one edit, cache kept)' : ''}  ` +
      `${row.seconds.toFixed(1).padStart(6)} s  peak ${mb(row.treePeak)} whole tree, ${mb(row.processPeak)} largest process${ratio}\n` +
      `        at the peak: ${row.atPeak
        .slice(0, 4)
        .map((p) => `${p.name} ${mb(p.rss)}`)
        .join(', ')}`
    );
  });
}
