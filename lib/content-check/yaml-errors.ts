import type { ContentProblem } from '../problems/problems';

const GENERAL = {
  expected:
    'one "field: value" per line; put quotes around values containing ": " or starting with [ or {',
  example: 'title: "Buy Windows 10: the cheapest prices"',
};

/**
 * A YAML parser's complaint about one frontmatter line, told as the editor's likely slip. The
 * parser's own words ("Nested mappings are not allowed in compact mappings") name its grammar,
 * not the apostrophe in 'We're moving' that caused them.
 */
export function explainYamlError(
  file: string,
  line: number,
  text: string,
  message: string,
): ContentProblem {
  const field = /^([A-Za-z][\w-]*):/.exec(text)?.[1];
  // What follows `field: '`, less its closing quote; a lone ' left inside ended the text early.
  const quoted = /^[A-Za-z][\w-]*:\s*'(.*)$/.exec(text)?.[1]?.replace(/'\s*$/, '');
  if (field && quoted?.replace(/''/g, '').includes("'")) {
    return {
      file,
      line,
      field,
      found: "an apostrophe inside '…', which ends the text early",
      expected:
        'text with an apostrophe in "double quotes" (or each apostrophe written twice: \'\')',
      example: `${field}: "${quoted}"`,
    };
  }
  if (/keys must be unique/i.test(message) && field) {
    return {
      file,
      line,
      field,
      found: `a second "${field}" field`,
      expected: 'each field once',
      example: `delete one of the two "${field}:" lines`,
    };
  }
  return {
    file,
    line,
    field: 'frontmatter',
    found: message.split('\n')[0] ?? 'a YAML slip',
    ...GENERAL,
  };
}

/** `title: #1 CDN provider`: YAML reads everything after " #" as a comment, so the field is empty. */
export function commentedOutFields(yamlText: string): Set<string> {
  const fields = new Set<string>();
  for (const line of yamlText.split('\n')) {
    const field = /^([A-Za-z][\w-]*):[ \t]+#/.exec(line)?.[1];
    if (field) fields.add(field);
  }
  return fields;
}
