import { ProblemEntry } from '@/components/problems/problem-entry';
import { shownProblems } from '@/lib/problems/shown-problems';

/**
 * `npm run dev` only: the content check's findings on every page, folded in a corner until
 * opened (a <details>, so it opens from the keyboard and needs no script). Read per request from
 * the file the check writes on every save.
 */
export function ContentProblemsPanel() {
  if (process.env.NODE_ENV !== 'development') return null;
  const problems = shownProblems()?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <aside
      aria-label="Content problems"
      className="fixed right-3 bottom-3 z-40 max-h-[70vh] max-w-md overflow-auto rounded-lg border border-red-300 bg-white text-sm text-slate-900 shadow-lg dark:border-red-800 dark:bg-slate-900 dark:text-slate-100"
    >
      <details>
        <summary className="cursor-pointer bg-red-700 px-3 py-2 font-semibold text-white">
          {`Content problems (${problems.length})`}
        </summary>
        <p className="px-3 pt-2">
          The content check found these in the content folder. Fix them and save: this list updates
          when you reload. Nothing is published until they are fixed.
        </p>
        <ul className="px-3 pb-2">
          {problems.map((problem, i) => (
            <ProblemEntry key={i} problem={problem} linkToPage />
          ))}
        </ul>
      </details>
    </aside>
  );
}
