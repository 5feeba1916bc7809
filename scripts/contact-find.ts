// `npm run contact:find -- --email x [--format json|csv]`: everything kept about one person, for
// an access request under the PDPA. Spam included: it is theirs too if they sent it.
import '../lib/build/load-env';
import { toCsv, toJson } from '../lib/contact/commands/export';
import { openStore } from '../lib/contact/store/open-store';
import { openOrExit } from '../lib/contact/store/open-or-exit';
import { parseRequestArgs } from '../lib/contact/commands/request-args';

const args = parseRequestArgs(
  process.argv.slice(2),
  'npm run contact:find -- --email person@example.com [--format json|csv]',
);
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
const store = openOrExit(() => openStore(undefined, { mustExist: true }));
try {
  const rows = await store.findByEmail(args.email);
  process.stdout.write(args.format === 'csv' ? toCsv(rows) : toJson(rows));
  console.error(`${rows.length} enquir${rows.length === 1 ? 'y' : 'ies'} kept from ${args.email}.`);
} finally {
  await store.close();
}
