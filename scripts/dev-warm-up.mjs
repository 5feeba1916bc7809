// `npm run dev` answers a post's or tag's address from the list generateStaticParams gave last
// time and refreshes that list in the background (Next's dev server caches it
// stale-while-revalidate). A new or renamed post was therefore "Page not found" on its first
// visit and fine on a reload: an editor would think the post was broken. After contentlayer2
// writes new content, this asks for each new address until the dev server knows it, then says
// where the page is. The asks carry `?dev-warm-up`, which next.config.mjs leaves out of the log.
import { readFileSync, watchFile } from 'node:fs';

const INDEX = '.contentlayer/generated/Post/_index.json';
const TRIES = 40;
const GAP_MS = 250;

/** The addresses the posts in contentlayer2's output give the site: each post and tag page. */
export function contentAddresses(indexJson) {
  const posts = JSON.parse(indexJson);
  const addresses = new Set();
  for (const post of Array.isArray(posts) ? posts : []) {
    if (typeof post?.url === 'string') addresses.add(post.url);
    for (const tag of Array.isArray(post?.tags) ? post.tags : [])
      addresses.add(`/blog/tags/${encodeURIComponent(String(tag))}`);
  }
  return addresses;
}

/** The port `next dev` listens on, from its arguments as `npm run dev -- -p 3001` passes them. */
export function devPort(argv, env) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-p' || arg === '--port') return Number(argv[i + 1]);
    if (arg.startsWith('--port=')) return Number(arg.slice('--port='.length));
  }
  return Number(env.PORT || 3000);
}

function read() {
  try {
    return contentAddresses(readFileSync(INDEX, 'utf8'));
  } catch {
    return undefined; // mid-write or not generated yet: the next change reads it again
  }
}

async function whenServed(origin, path) {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    try {
      const response = await fetch(`${origin}${path}?dev-warm-up`);
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // the dev server is still starting or restarting
    }
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
  }
  return false;
}

/** The address `next dev` prints ("- Local: http://localhost:3001"), which moves off a busy 3000. */
export function localOrigin(output) {
  return /Local:\s+(https?:\/\/[^\s/]+)/.exec(output)?.[1];
}

/**
 * Watches contentlayer2's output for the life of the process. `origin()` is where the dev server
 * listens, read each time: it is known for sure only once `next dev` has printed it.
 */
export function warmUpNewAddresses({ origin }) {
  let known = read() ?? new Set();
  watchFile(INDEX, { interval: 300 }, () => {
    const now = read();
    if (!now) return;
    const added = [...now].filter((path) => !known.has(path));
    known = now;
    const base = origin();
    for (const path of added)
      void whenServed(base, path).then((served) => {
        // A tag only drafts carry, or a post dated in the future, may have no page: say nothing.
        if (served) console.log(`✓ ready: ${base}${path}`);
      });
  });
}
