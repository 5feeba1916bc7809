// Runs before `npm start`. `npm run build:static` (also run by `npm test`) builds into the same
// .next folder as `npm run build`; served by `next start`, that export build redirects every page
// to a trailing-slash address and has no contact form. Say so instead of serving it.
import { existsSync } from 'node:fs';

if (existsSync('.next/export-detail.json')) {
  console.error(
    'The last build here was the static export (npm run build:static, which npm test also runs).\n' +
      'Its pages are in out/ for a static host; to serve the site with next start, run\n' +
      '  npm run build && npm start',
  );
  process.exit(1);
}
