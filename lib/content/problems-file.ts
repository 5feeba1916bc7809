/**
 * The content check's latest findings, as data: `npm run content:check` (and its --watch beside
 * `npm run dev`) writes them; the dev panel, the admin's problem list and a preview build's banner
 * read them. Nothing that shows them imports the check.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentProblem } from './problems';

export type ListedProblem = ContentProblem & {
  renders: boolean;
  /** The admin's name for the file: "Blog post “my-post”", "Site settings". */
  entry: string;
  /** The field as the admin labels it ("Cover picture"), or "Article" for the text. */
  label: string;
  /** The entry's address in the admin, to fix it there. */
  admin?: string;
  /** The site page the problem shows on. */
  page?: string;
};

export type ProblemsReport = {
  /** The content folder checked (CONTENT_DIR). */
  contentDir: string;
  problems: ListedProblem[];
  /** Posts a preview build leaves out: they cannot render. */
  leftOut: string[];
};

/** Git-ignored, beside the project's other generated folders. */
export const PROBLEMS_FILE = '.content-check/problems.json';

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

function isReport(value: unknown): value is ProblemsReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'problems' in value &&
    Array.isArray(value.problems) &&
    'leftOut' in value &&
    Array.isArray(value.leftOut)
  );
}
