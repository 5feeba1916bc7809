'use client';
import { useEffect, useState } from 'react';
import { isReport, type ListedProblem } from '@/lib/problems/problems-report';

// Asked again this long after each answer: a save shows within seconds, and the admin's own
// requests keep long quiet gaps between the asks.
const EVERY_MS = 4_000;

/**
 * The band above the admin: the content check's findings (the data it writes on every save),
 * each naming the entry and the field as the admin labels them, with a link to the entry.
 */
export function AdminProblems() {
  const [problems, setProblems] = useState<ListedProblem[]>([]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      try {
        const response = await fetch('/api/content-problems', { cache: 'no-store' });
        const report: unknown = await response.json();
        if (!stopped && isReport(report)) setProblems(report.problems);
      } catch {
        // The dev server restarting: the next round asks again.
      }
      if (!stopped) timer = setTimeout(load, EVERY_MS);
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (problems.length === 0) return null;
  return (
    <details
      aria-label="Content problems"
      className="max-h-[40vh] shrink-0 overflow-auto border-b border-red-300 bg-red-50 text-sm text-red-950"
    >
      <summary className="cursor-pointer px-4 py-2 font-semibold">
        {`Problems (${problems.length}): the site will not publish until they are fixed`}
      </summary>
      <ul className="px-4 pb-2">
        {problems.map((p, i) => (
          <li key={i} className="border-t border-red-200 py-1.5">
            {p.admin ? (
              <a className="font-semibold underline" href={p.admin}>
                {p.entry} — {p.label}
              </a>
            ) : (
              <span className="font-semibold">
                {p.entry} — {p.label}
              </span>
            )}
            {p.line ? ` (line ${p.line})` : ''}: found {p.found}. Expected {p.expected}. Fix, e.g.{' '}
            {p.example}
          </li>
        ))}
      </ul>
    </details>
  );
}
