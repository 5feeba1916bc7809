// After `next build` with STATIC_EXPORT=1: writes out/_headers (the format Netlify and Cloudflare
// Pages read) so a static host sends the same security headers as `next start`.
import { writeFileSync } from 'node:fs';
import { securityHeaders } from '../lib/security-headers.mjs';

const lines = ['/*', ...securityHeaders.map(({ key, value }) => `  ${key}: ${value}`)];
writeFileSync('out/_headers', lines.join('\n') + '\n');
console.log('wrote out/_headers');
