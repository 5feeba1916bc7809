// `npm run contact:forget -- --email x`: deletes everything kept about one person (a deletion or
// withdrawal request), including enquiries whose email has not gone out.
import '../lib/build/load-env';
import { openStore } from '../lib/contact/store/open-store';
import { openOrExit } from '../lib/contact/store/open-or-exit';
import { parseRequestArgs } from '../lib/contact/commands/request-args';

const args = parseRequestArgs(
  process.argv.slice(2),
  'npm run contact:forget -- --email person@example.com',
);
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
const store = openOrExit(() => openStore(undefined, { mustExist: true }));
try {
  const deleted = await store.forgetEmail(args.email);
  console.log(
    `Deleted ${deleted} enquir${deleted === 1 ? 'y' : 'ies'} from ${args.email}` +
      (deleted === 0 ? ': nothing was kept under that address.' : '.'),
  );
} finally {
  await store.close();
}
