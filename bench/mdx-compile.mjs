// Measures the two ways of compiling post bodies, on the same synthetic posts:
//   "once":  contentlayer only parses the MDX, next-mdx-remote compiles it at prerender (the site)
//   "twice": contentlayer also compiles every body to code (contentType 'mdx'), unused by the pages
// Usage: node bench/mdx-compile.mjs [posts=300]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy, mb, timed, writeSyntheticPosts } from './site-copy.mjs';

const count = Number(process.argv[2] ?? 300);
const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

for (const mode of ['once', 'twice']) {
  const dir = makeSiteCopy(`mdx-${mode}`);
  writeSyntheticPosts(dir, count);
  if (mode === 'twice') {
    const config = join(dir, 'contentlayer.config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace(
          "filePathPattern: 'posts/**/*.mdx',\n  contentType: 'markdown'",
          "filePathPattern: 'posts/**/*.mdx',\n  contentType: 'mdx'",
        )
        .replace(
          /readingTime: \{[\s\S]*?\n {4}\},\n/,
          "readingTime: { type: 'number', resolve: () => 1 },\n",
        ),
    );
    const posts = join(dir, 'lib', 'posts.ts');
    writeFileSync(
      posts,
      readFileSync(posts, 'utf8').replace('plainText: doc.body.html', 'plainText: doc.body.raw'),
    );
  }
  const content = await timed(bin(dir, 'contentlayer2'), ['build'], dir);
  const next = await timed(bin(dir, 'next'), ['build'], dir);
  console.log(
    `${mode.padEnd(5)} ${count} posts: contentlayer ${content.seconds.toFixed(1)} s (${mb(content.treePeak)}), ` +
      `next build ${next.seconds.toFixed(1)} s (${mb(next.treePeak)}), total ${(content.seconds + next.seconds).toFixed(1)} s`,
  );
}
