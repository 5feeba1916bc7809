import type { EnquiryStore } from './store';

/** The operator's scripts stop with the plain reason (exit 1), not a stack trace. */
export function openOrExit(open: () => EnquiryStore): EnquiryStore {
  try {
    return open();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
