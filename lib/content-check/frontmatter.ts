import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { closest } from '../problems/closest';
import type { FieldRules } from './rules/field-rules';
import { shown, type ContentProblem } from '../problems/problems';
import { commentedOutFields, explainYamlError } from './yaml-errors';

export type Frontmatter = {
  data: Record<string, unknown>;
  bodyStartLine: number;
  fieldLines: Map<string, number>;
  /** Fields left empty by a value starting with "#", which YAML reads as a comment. */
  commented: Set<string>;
};

/** Splits "---\nyaml\n---\nbody"; reports YAML mistakes with their line in the file. */
export function readFrontmatter(
  file: string,
  source: string,
): { frontmatter?: Frontmatter; problems: ContentProblem[] } {
  // contentlayer2 reads past a byte-order mark ("UTF-8 with BOM" in Notepad), so the check does.
  const text = source.replace(/^\uFEFF/, '');
  // contentlayer2's frontmatter reader keeps the "\r" of Windows line endings on the last field,
  // so `draft: false` reads as the text "false\r" and the build fails after this check passed.
  // Only the frontmatter matters: the article text reads the same either way.
  const closing = text.indexOf('\n---', 3);
  if (text.slice(0, closing < 0 ? undefined : closing + 4).includes('\r\n')) {
    return {
      problems: [
        {
          file,
          line: 1 + (text.slice(0, text.indexOf('\r\n')).match(/\n/g)?.length ?? 0),
          field: 'line endings',
          found: 'Windows line endings (CRLF), which the site builder misreads',
          expected: 'the file saved with Unix line endings (LF), like every other content file',
          example:
            'in VS Code click "CRLF" in the status bar, choose "LF" and save; in Notepad++ use Edit › EOL Conversion › Unix (LF)',
        },
      ],
    };
  }
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
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
    // One message a line: a single slip often trips the parser twice on the same line.
    const byLine = new Map<number, ContentProblem>();
    for (const error of doc.errors) {
      const yamlLine = lineCounter.linePos(error.pos[0]).line;
      if (byLine.has(yamlLine)) continue;
      const text = yamlText.split('\n')[yamlLine - 1] ?? '';
      byLine.set(yamlLine, explainYamlError(file, 1 + yamlLine, text, error.message));
    }
    return { problems: [...byLine.values()] };
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
      bodyStartLine: text.slice(0, match[0].length).split('\n').length,
      fieldLines,
      commented: commentedOutFields(yamlText),
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
    if ((value === undefined || value === null) && fm.commented.has(name)) {
      problems.push({
        file,
        line: fm.fieldLines.get(name),
        field: name,
        found: 'a value starting with "#", which YAML reads as a comment, leaving the field empty',
        expected: 'a value starting with # in quotes',
        example: `${name}: "#1 …"`,
      });
      continue;
    }
    // contentlayer2 fills a default in for a missing field only: "" would reach the page as it is.
    if (value === '' && rule.defaultShown !== undefined) {
      problems.push({
        file,
        line: fm.fieldLines.get(name),
        field: name,
        found: 'an empty value (""), which the site would show as it is',
        expected: `a value, or no "${name}" line at all (left out: ${rule.defaultShown})`,
        example: rule.example,
      });
      continue;
    }
    if (value === undefined || value === null || value === '') {
      const partner = rule.requiredWith;
      const needed = rule.required || (partner !== undefined && isGiven(fm.data[partner]));
      if (needed && !(value === undefined && misspelt.has(name))) {
        problems.push({
          file,
          line: fm.fieldLines.get(name) ?? 1,
          field: name,
          found: shown(value),
          expected: rule.required
            ? `a "${name}" field — it is required`
            : `a "${name}" field — it is required with "${partner}"`,
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
  for (const [name, rule] of Object.entries(rules)) {
    const partner = rule.requiredWith;
    // Without its partner the field would describe the default instead (a cover's description
    // read out for the site's share picture).
    if (partner === undefined || !isGiven(fm.data[name]) || isGiven(fm.data[partner])) continue;
    problems.push({
      file,
      line: fm.fieldLines.get(name),
      field: name,
      found: `a "${name}" line but no "${partner}", the field it goes with`,
      expected: `"${name}" only together with "${partner}": without "${partner}" the site uses its own ${name}`,
      example: `add the "${partner}" line, or remove this one`,
    });
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.notBefore === undefined) continue;
    const earliest = fm.data[rule.notBefore];
    const value = fm.data[name];
    // Compared only once both are well-formed days ("YYYY-MM-DD" strings compare by date).
    if (!wellFormedDay(earliest) || !wellFormedDay(value) || value >= earliest) continue;
    problems.push({
      file,
      line: fm.fieldLines.get(name),
      field: name,
      found: `${value}, before the post's ${rule.notBefore} ${earliest}`,
      expected: `the day the post was last changed: on or after its ${rule.notBefore}`,
      example: `${name}: ${earliest}   (or remove the line)`,
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

const isGiven = (value: unknown) => value !== undefined && value !== null && value !== '';

const wellFormedDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
