// After `next build` with STATIC_EXPORT=1: writes out/_headers (the format Netlify and Cloudflare
// Pages read) so a static host sends the same security headers as `next start`, and, as it does,
// lets browsers keep the content-hashed files under /_next/static/ for good.
import { writeFileSync } from 'node:fs';
import { securityHeaders } from '../lib/security-headers.mjs';

const lines = [
  '/*',
  ...securityHeaders.map(({ key, value }) => `  ${key}: ${value}`),
  '/_next/static/*',
  '  Cache-Control: public, max-age=31536000, immutable',
];
writeFileSync('out/_headers', lines.join('\n') + '\n');
console.log('wrote out/_headers');
