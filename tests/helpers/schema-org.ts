import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A structured-data validator that works offline, for unit and e2e tests. The schema.org
 * vocabulary comes from schema-dts's declaration file (every type, its parents, its properties and
 * each property's range), so JSON-LD is checked against schema.org itself: known @types, only
 * properties the type has, values of the kinds the property takes (dates, times, absolute URLs,
 * enumeration members, nested nodes of a fitting type). rich-results.ts adds what Google needs.
 */

type Base = { parents: string[]; props: Map<string, string[]> };
type Vocabulary = {
  bases: Map<string, Base>;
  leaves: Map<string, string[]>;
  unions: Map<string, string[]>;
};

let cached: Vocabulary | undefined;

function vocabulary(): Vocabulary {
  if (cached) return cached;
  const source = readFileSync(
    join(process.cwd(), 'node_modules/schema-dts/dist/schema.d.ts'),
    'utf8',
  );
  const split = (list: string) =>
    list
      .trim()
      .split(/\s*[|,]\s*/)
      .filter(Boolean);
  const bases = new Map<string, Base>();
  for (const m of source.matchAll(/^interface (\w+Base)(?: extends ([^{]+))? \{([\s\S]*?)^\}/gm)) {
    const props = new Map<string, string[]>();
    for (const p of (m[3] ?? '').matchAll(/"([^"]+)"\?: SchemaValue<(.+), "\1">;/g)) {
      props.set(p[1] ?? '', split(p[2] ?? ''));
    }
    bases.set(m[1] ?? '', { parents: split(m[2] ?? '').filter((b) => b.endsWith('Base')), props });
  }
  const leaves = new Map<string, string[]>();
  for (const m of source.matchAll(
    /^export interface \w+Leaf extends ([^{]+)\{\s*"@type": "(\w+)";/gm,
  )) {
    leaves.set(m[2] ?? '', split(m[1] ?? ''));
  }
  const unions = new Map<string, string[]>();
  for (const m of source.matchAll(/^export type (\w+) = ([^;]+);$/gm)) {
    unions.set(m[1] ?? '', split(m[2] ?? ''));
  }
  cached = { bases, leaves, unions };
  return cached;
}

function propertiesOf(type: string): Map<string, string[]> {
  const { bases, leaves } = vocabulary();
  const props = new Map<string, string[]>();
  const visit = (base: string) => {
    const found = bases.get(base);
    if (!found) return;
    for (const parent of found.parents) visit(parent);
    for (const [name, range] of found.props) props.set(name, range);
  };
  for (const base of leaves.get(type) ?? []) visit(base);
  return props;
}

/** `type` itself and everything the vocabulary lists under it. */
function subtypes(type: string, seen = new Set<string>()): Set<string> {
  if (seen.has(type)) return seen;
  seen.add(type);
  for (const member of vocabulary().unions.get(type) ?? []) {
    if (/^\w+$/.test(member) && !member.endsWith('Leaf')) subtypes(member, seen);
  }
  return seen;
}

export function isA(type: string, ancestor: string): boolean {
  return subtypes(ancestor).has(type);
}

const FORMATS: Record<string, (value: string) => boolean> = {
  Date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  DateTime: (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v),
  Time: (v) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(v),
  URL: (v) => /^https?:\/\/[^\s/]+/.test(v),
  Text: () => true,
};

/** Enumeration members ("https://schema.org/Monday") and whether plain text is allowed. */
function stringsAllowed(type: string, value: string, seen = new Set<string>()): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  const format = FORMATS[type];
  if (format) return format(value);
  return (vocabulary().unions.get(type) ?? []).some(
    (m) =>
      m === 'string' ||
      m === JSON.stringify(value) ||
      (/^\w+$/.test(m) && !(m in FORMATS) && stringsAllowed(m, value, seen)),
  );
}

function checkValue(value: unknown, range: string[], path: string, problems: string[]): void {
  if (Array.isArray(value))
    return value.forEach((v, i) => checkValue(v, range, `${path}[${i}]`, problems));
  if (typeof value === 'string') {
    if (!range.some((type) => stringsAllowed(type, value)))
      problems.push(`${path}: "${value}" is not a ${range.join(' | ')}`);
  } else if (typeof value === 'number') {
    if (!range.some((type) => ['Number', 'Integer', 'Float'].includes(type)))
      problems.push(`${path}: a number, expected ${range.join(' | ')}`);
  } else if (typeof value === 'object' && value !== null) {
    const type = Reflect.get(value, '@type');
    if (typeof type !== 'string') {
      if (!('@id' in value && range.includes('IdReference')))
        problems.push(`${path}: a node without @type`);
      return;
    }
    if (!range.some((expected) => isA(type, expected)))
      problems.push(`${path}: a ${type}, expected ${range.join(' | ')}`);
    checkNode(value, path, problems);
  } else problems.push(`${path}: unexpected ${typeof value}`);
}

function checkNode(node: object, path: string, problems: string[]): void {
  const type = Reflect.get(node, '@type');
  if (typeof type !== 'string' || !vocabulary().leaves.has(type)) {
    problems.push(`${path}: "${String(type)}" is not a schema.org type`);
    return;
  }
  const props = propertiesOf(type);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    const range = props.get(key);
    if (!range) problems.push(`${path}.${key}: ${type} has no property "${key}"`);
    else checkValue(value, range, `${path}.${key}`, problems);
  }
}

/** Problems with a JSON-LD document against schema.org; [] when it is valid. */
export function schemaOrgProblems(document: unknown): string[] {
  if (typeof document !== 'object' || document === null) return ['not a JSON object'];
  const problems: string[] = [];
  if (Reflect.get(document, '@context') !== 'https://schema.org')
    problems.push('@context is not https://schema.org');
  checkNode(document, '$', problems);
  return problems;
}
