import { shownProblems } from '@/lib/problems/shown-problems';

/** A preview build's content problems, in its banner: how many, and the posts left out. */
export function PreviewProblems() {
  if (process.env.NODE_ENV === 'development') return null; // the panel lists them there
  const report = shownProblems();
  if (!report || report.problems.length === 0) return null;
  const count = report.problems.length;
  return (
    <span className="block">
      {[
        `${count} content ${count === 1 ? 'problem' : 'problems'}: shown on the pages they affect; this branch cannot go live until they are fixed.`,
        ...(report.leftOut.length > 0
          ? [`Left out of this preview, as they cannot be shown: ${report.leftOut.join(', ')}.`]
          : []),
      ].join(' ')}
    </span>
  );
}
