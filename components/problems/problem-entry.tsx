import type { ListedProblem } from '@/lib/problems/problems-report';

/** One content problem in the check's plain words: where, what was found, what to write. */
export function ProblemEntry({
  problem,
  linkToPage,
}: {
  problem: ListedProblem;
  linkToPage?: boolean;
}) {
  const where = problem.line ? `${problem.file}, line ${problem.line}` : problem.file;
  return (
    <li className="border-t border-red-200 py-2 first:border-t-0 dark:border-red-900">
      <p className="font-semibold">
        {problem.entry} — {problem.label}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{where}</p>
      <p>Found: {problem.found}</p>
      <p>Expected: {problem.expected}</p>
      <p>Fix, e.g. {problem.example}</p>
      <p className="flex gap-4">
        {problem.admin && (
          <a className="underline" href={problem.admin}>
            Fix it in the admin
          </a>
        )}
        {linkToPage && problem.page && (
          <a className="underline" href={problem.page}>
            See the page
          </a>
        )}
      </p>
    </li>
  );
}
