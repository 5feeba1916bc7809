import { securityHeaders } from '@/lib/build/security-headers';

// out/_headers in the static export (the format Netlify and Cloudflare Pages read): the same
// security headers as `next start` sends, and content-hashed bundles kept for good. The folder
// is "%5Fheaders" because a folder starting with "_" is private in the App Router.
export const dynamic = 'force-static';

export function GET(): Response {
  const lines = [
    '/*',
    ...securityHeaders.map(({ key, value }) => `  ${key}: ${value}`),
    '/_next/static/*',
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain' } });
}
