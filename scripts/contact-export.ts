// `npm run contact:export -- --format json|csv [--include-spam]`: prints the stored enquiries.
import '../lib/build/load-env';
import { toCsv, toJson } from '../lib/contact/commands/export';
import { openStore } from '../lib/contact/store/open-store';
import { openOrExit } from '../lib/contact/store/open-or-exit';

const args = process.argv.slice(2);
const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'json';
if (format !== 'json' && format !== 'csv') {
  console.error(`Unknown format "${format}". Use --format json or --format csv.`);
  process.exit(2);
}
const store = openOrExit(() => openStore(undefined, { mustExist: true }));
try {
  const rows = await store.list({ includeSpam: args.includes('--include-spam') });
  process.stdout.write(format === 'csv' ? toCsv(rows) : toJson(rows));
} finally {
  await store.close();
}
