// Helpers shared by the benchmarks: a throw-away copy of the site with synthetic posts, and a
// build timed with the peak memory of its whole process tree.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleTree } from './tree-memory.mjs';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
/** The project's own files, as git sees them: committed or new, never what .gitignore names. */
export function projectFiles() {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
}

/** Copies the site (node_modules hard-linked) to a temporary folder outside the repo. */
export function makeSiteCopy(name) {
  const dir = join(process.env.BENCH_DIR ?? join(tmpdir(), 'snynet-bench'), name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // bench/ too: `next build` type-checks the tests, which import bench/faults.
  for (const file of projectFiles()) cpSync(join(ROOT, file), join(dir, file));
  // Hard links: instant, no extra disk, and Turbopack (which ignores symlinks leaving the project) is happy.
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  return dir;
}

const WORDS = (
  'network server security patch cloud email backup firewall update browser device data support ' +
  'business team office licence storage performance website hosting speed user access password ' +
  'migration monitoring recovery policy vendor hardware software laptop printer router switch'
).split(' ');
const TAGS = [
  'security',
  'microsoft',
  'cloud',
  'web-performance',
  'hosting',
  'browsers',
  'android',
  'windows',
  'email',
  'networking',
];

function pick(seed, list) {
  return list[seed % list.length];
}

function sentence(seed, words = 14) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(pick(seed * 31 + i * 7, WORDS));
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

/**
 * A realistic post: ~900 words, headings, a list, a quote, an image, a link, tags; a Malay one
 * (`lang` "ms") links to the Malay services page, as a Malay post would.
 */
export function syntheticPost(i, lang = 'en') {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const tags = [pick(i, TAGS), pick(i + 3, TAGS)].filter((t, k, all) => all.indexOf(t) === k);
  const paragraphs = (n, s) =>
    Array.from({ length: n }, (_, k) =>
      [sentence(s + k), sentence(s + k + 1), sentence(s + k + 2)].join(' '),
    ).join('\n\n');
  return `---
title: "Synthetic post ${i}: ${sentence(i, 5).slice(0, -1)}"
date: 2020-${month}-${day}
excerpt: "${sentence(i + 1, 18)}"
tags: [${tags.join(', ')}]
---

${paragraphs(4, i)}

## ${sentence(i + 2, 4).slice(0, -1)}

${paragraphs(5, i + 10)}

![A diagram of servers and devices](/images/posts/best-cdn-providers-2021.svg)

- **${pick(i, WORDS)}**: ${sentence(i + 20, 10)}
- **${pick(i + 1, WORDS)}**: ${sentence(i + 21, 10)}
- **${pick(i + 2, WORDS)}**: ${sentence(i + 22, 10)}

> ${sentence(i + 30, 20)}

## ${sentence(i + 3, 4).slice(0, -1)}

${paragraphs(6, i + 40)} Read more on [our services page](${lang === 'en' ? '' : `/${lang}`}/services).
`;
}

/** `count` synthetic posts, shared out in turn over `languages` (posts/ and posts/ms/). */
export function writeSyntheticPosts(dir, count, languages = ['en']) {
  for (let i = 1; i <= count; i++) {
    const lang = languages[i % languages.length];
    const folder = join(dir, 'content', 'posts', lang === 'en' ? '' : lang);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `synthetic-post-${i}.mdx`), syntheticPost(i, lang));
  }
}

/**
 * Runs a command in `cwd`; resolves with wall seconds and memory: the peak resident memory of
 * the whole process tree (sampled) and of its largest single process.
 */
export function timed(command, args, cwd, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    // Through bash: contentlayer2 started straight from Node's spawn stalls forever on this
    // machine (its esbuild service dies), while the same command exec'd by bash does not.
    const child = spawn('bash', ['-c', 'exec "$0" "$@"', command, ...args], {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const memory = sampleTree(child.pid);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { treePeak, processPeak, atPeak } = memory.stop();
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`));
      else resolvePromise({ seconds, treePeak, processPeak, atPeak, output });
    });
  });
}

export const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`;
