/**
 * The content check's latest findings, as data: `npm run content:check` (and its --watch beside
 * `npm run dev`) writes them; the dev panel, the admin's problem list and a preview build's banner
 * read them. Nothing that shows them imports the check.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isReport, type ProblemsReport } from './problems-report';

export type { ProblemsReport } from './problems-report';

/** Git-ignored, beside the project's other generated folders. */
const PROBLEMS_FILE = '.content-check/problems.json';

export function writeProblems(report: ProblemsReport, root = process.cwd()): void {
  const path = join(root, PROBLEMS_FILE);
  mkdirSync(dirname(path), { recursive: true });
  // Written whole, then renamed: a page reading it mid-write never sees half a file.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/**
 * The latest report on this content folder, or none when the check has not run on it here (a
 * fresh clone, the admin on GitHub).
 */
export function readProblems(contentDir: string, root = process.cwd()): ProblemsReport | undefined {
  try {
    const report: unknown = JSON.parse(readFileSync(join(root, PROBLEMS_FILE), 'utf8'));
    return isReport(report) && report.contentDir === contentDir ? report : undefined;
  } catch {
    return undefined;
  }
}
