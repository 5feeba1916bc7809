import { readRedirects } from '@/lib/site/redirects';
import { withTrailingSlash } from '@/lib/site/site-path';

// out/_redirects in the static export (the format Netlify and Cloudflare Pages read): the
// addresses marketing moved (content/redirects.json), answered with a permanent redirect. Hosts
// that do not read it serve the forwarding page of app/[...forward] instead.
export const dynamic = 'force-static';

export function GET(): Response {
  const lines = readRedirects().map(({ from, to }) => `${from} ${withTrailingSlash(to)} 301`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain' } });
}
