import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { closest } from './closest';
import type { FieldRules } from './field-rules';
import { shown, type ContentProblem } from './problems';

export type Frontmatter = {
  data: Record<string, unknown>;
  bodyStartLine: number;
  fieldLines: Map<string, number>;
};

/** Splits "---\nyaml\n---\nbody"; reports YAML mistakes with their line in the file. */
export function readFrontmatter(
  file: string,
  source: string,
): { frontmatter?: Frontmatter; problems: ContentProblem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'frontmatter',
          found: 'no frontmatter block at the top of the file',
          expected: 'the file to start with a line "---", the fields, then another "---"',
          example: '---\ntitle: My post\ndate: 2026-11-28\n…\n---',
        },
      ],
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: 1 + lineCounter.linePos(error.pos[0]).line,
        field: 'frontmatter',
        found: error.message.split('\n')[0] ?? 'a YAML syntax error',
        expected:
          'one "field: value" per line; put quotes around values containing ": " or starting with [ or {',
        example: 'title: "Buy Windows 10: the cheapest prices"',
      })),
    };
  }
  const fieldLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        fieldLines.set(String(pair.key.value), 1 + lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  const data = doc.toJS() as unknown;
  const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
  return {
    frontmatter: {
      data: isRecord ? Object.fromEntries(Object.entries(data)) : {},
      bodyStartLine: source.slice(0, match[0].length).split('\n').length,
      fieldLines,
    },
    problems: [],
  };
}

/** Required, unknown and malformed fields, each with its own message. */
export function checkFields(file: string, fm: Frontmatter, rules: FieldRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // "titel: …" is reported once, as a misspelt "title", not also as a missing title.
  const misspelt = new Set(
    Object.keys(fm.data)
      .filter((name) => !(name in rules))
      .map((name) => closest(name, Object.keys(rules))),
  );
  for (const [name, rule] of Object.entries(rules)) {
    const value = fm.data[name];
    if (value === undefined || value === null || value === '') {
      if (rule.required && !(value === undefined && misspelt.has(name))) {
        problems.push({
          file,
          line: fm.fieldLines.get(name) ?? 1,
          field: name,
          found: shown(value),
          expected: `a "${name}" field — it is required`,
          example: rule.example,
        });
      }
      continue;
    }
    const result = rule.schema.safeParse(value);
    if (!result.success) {
      problems.push({
        file,
        line: fm.fieldLines.get(name),
        field: name,
        found: shown(value),
        expected: result.error.issues[0]?.message ?? 'a valid value',
        example: rule.example,
      });
    }
  }
  const { date, updated } = fm.data;
  // Compared only once both are well-formed days ("YYYY-MM-DD" strings compare by date).
  const wellFormed = (value: unknown): value is string =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if ('updated' in rules && wellFormed(date) && wellFormed(updated) && updated < date) {
    problems.push({
      file,
      line: fm.fieldLines.get('updated'),
      field: 'updated',
      found: `${updated}, before the post's date ${date}`,
      expected: 'the day the post was last changed: on or after its date',
      example: `updated: ${date}   (or remove the line)`,
    });
  }
  for (const name of Object.keys(fm.data)) {
    if (name in rules) continue;
    const suggestion = closest(name, Object.keys(rules));
    problems.push({
      file,
      line: fm.fieldLines.get(name),
      field: name,
      found: `an unknown field "${name}"`,
      expected: `only these fields: ${Object.keys(rules).join(', ')}`,
      example: suggestion ? `rename it to "${suggestion}"` : 'remove the line',
    });
  }
  return problems;
}
