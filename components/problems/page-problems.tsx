import { ProblemEntry } from '@/components/problems/problem-entry';
import { shownProblems } from '@/lib/problems/shown-problems';

/** On top of a post or page with content problems, in `npm run dev` and in a preview build. */
export function PageProblems({ path }: { path: string }) {
  const problems = shownProblems()?.problems.filter((p) => p.page === path) ?? [];
  if (problems.length === 0) return null;
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return (
    <section
      aria-label="Problems on this page"
      className="mx-4 mt-6 max-w-3xl rounded-lg sm:mx-auto border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="font-semibold">
        {`This page has ${problems.length} content ${noun} (not shown on the live site until fixed)`}
      </h2>
      <ul>
        {problems.map((problem, i) => (
          <ProblemEntry key={i} problem={problem} />
        ))}
      </ul>
    </section>
  );
}
