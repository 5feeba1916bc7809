/** The shape of the content check's data file (problems-file.ts), for server and browser alike. */
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

export function isReport(value: unknown): value is ProblemsReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'problems' in value &&
    Array.isArray(value.problems) &&
    'leftOut' in value &&
    Array.isArray(value.leftOut)
  );
}
