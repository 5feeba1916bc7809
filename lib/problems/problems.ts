/** One thing wrong in content/, told the way an editor can act on it. */
export type ContentProblem = {
  /** Path from the project root, e.g. "content/posts/my-post.mdx". */
  file: string;
  line?: number;
  /** The frontmatter field, or "body" for the article text. */
  field: string;
  found: string;
  expected: string;
  /** A line the editor could write instead. */
  example: string;
};

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return [
    `✖ ${where}  (${p.field})`,
    `    found:    ${p.found}`,
    `    expected: ${p.expected}`,
    `    fix, e.g. ${p.example}`,
  ].join('\n');
}

export function formatReport(problems: readonly ContentProblem[], fileCount: number): string {
  if (problems.length === 0) return `✔ content: ${fileCount} files checked, no problems.`;
  const files = new Set(problems.map((p) => p.file)).size;
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    problems.map(formatProblem).join('\n\n'),
    `${problems.length} ${noun} in ${files} of ${fileCount} content files. Fix them and save; nothing is published until they are fixed.\nCONTENT.md explains every message.`,
  ].join('\n\n');
}

/** Shows a found value briefly and unambiguously (quotes, cut to one line). */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return 'nothing (the field is missing or empty)';
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
