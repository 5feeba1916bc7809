/**
 * What `npm run content:check` does with its findings: the report in the terminal, the data file
 * the dev panel, the admin and a preview build read (problems-file.ts), GitHub annotations on a
 * pull request, and whether the build may go on.
 */
import { CONTENT_DIR } from '../settings';
import { listProblems } from './problem-list';
import { formatReport, type ContentProblem } from '../problems/problems';
import { writeProblems } from '../problems/problems-file';
import { previewOutcome } from './preview-tolerance';

/** GitHub's workflow command escaping: a message may hold line breaks, a property no commas. */
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` line per problem: GitHub shows it on the pull request's file, at its line. */
function githubAnnotations(problems: readonly ContentProblem[]): string[] {
  return listProblems(problems).map((p) => {
    const where = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : [])];
    const title = escapeProperty(`${p.entry}: ${p.label}`);
    const message = escapeData(
      `Found ${p.found}.\nExpected ${p.expected}.\nFix, e.g. ${p.example}`,
    );
    return `::error ${where.join(',')},title=${title}::${message}`;
  });
}

/**
 * Prints and records one check. Returns whether a build may go on: no problems, or (a preview
 * build) none but ones its pages can show and posts it can leave out.
 */
export function reportCheck(
  problems: readonly ContentProblem[],
  fileCount: number,
  options: { preview: boolean; github: boolean; took: string },
): boolean {
  const { leftOut, stops } = previewOutcome(problems);
  writeProblems({ contentDir: CONTENT_DIR, problems: listProblems(problems), leftOut });
  const report = formatReport(problems, fileCount);
  if (options.github) for (const line of githubAnnotations(problems)) console.log(line);
  if (problems.length === 0) {
    console.log(`${report} ${options.took}`);
    return true;
  }
  console.error(`\n${report}\n`);
  if (!options.preview) return false;
  if (stops.length > 0) {
    console.error('A preview cannot be built with the problems above outside blog posts.');
    return false;
  }
  console.error(
    [
      'Preview build: it goes on, showing these problems on their pages and in the preview banner.',
      ...leftOut.map((file) => `  left out of the preview (it cannot be shown): ${file}`),
    ].join('\n'),
  );
  return true;
}
