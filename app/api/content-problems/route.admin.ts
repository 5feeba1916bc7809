import { CONTENT_DIR } from '@/lib/settings';
import { readProblems } from '@/lib/problems/problems-file';

// Read on every request: the content check rewrites the file on every save.
export const dynamic = 'force-dynamic';

/** The admin's problem list (components/problems/admin-problems.tsx) asks here. */
export function GET() {
  const report = readProblems(CONTENT_DIR) ?? {
    contentDir: CONTENT_DIR,
    problems: [],
    leftOut: [],
  };
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
