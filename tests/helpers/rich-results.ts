import { isA } from './schema-org';

const get = (node: unknown, key: string): unknown =>
  typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/**
 * What Google needs for rich results on top of schema.org (which leaves every property optional),
 * and what the issue asks each node to carry; [] when nothing is missing.
 */
export function richResultProblems(document: unknown): string[] {
  const type = String(get(document, '@type'));
  const missing = (keys: string[], node: unknown = document, at = '$') =>
    keys
      .filter((k) => get(node, k) === undefined || get(node, k) === '')
      .map((k) => `${at}.${k} is missing`);
  if (isA(type, 'LocalBusiness')) {
    const hours = list(get(document, 'openingHoursSpecification'));
    return [
      ...missing(['name', 'url', 'logo', 'telephone', 'address', 'openingHoursSpecification']),
      ...missing(['addressCountry'], get(document, 'address'), '$.address'),
      ...hours.flatMap((rule, i) =>
        missing(['dayOfWeek', 'opens', 'closes'], rule, `$.openingHoursSpecification[${i}]`),
      ),
    ];
  }
  if (type === 'BlogPosting') {
    const headline = String(get(document, 'headline') ?? '');
    return [
      ...missing(['headline', 'datePublished', 'dateModified', 'author', 'image', 'publisher']),
      ...(headline.length > 110 ? ['$.headline is longer than 110 characters'] : []),
      ...list(get(document, 'author')).flatMap((author, i) =>
        missing(['name'], author, `$.author[${i}]`),
      ),
      ...missing(['name', 'logo'], get(document, 'publisher'), '$.publisher'),
    ];
  }
  if (type === 'BreadcrumbList') {
    const items = list(get(document, 'itemListElement'));
    return [
      ...(items.length === 0 ? ['$.itemListElement is empty'] : []),
      ...items.flatMap((item, i) => [
        ...(get(item, 'position') === i + 1
          ? []
          : [`$.itemListElement[${i}].position should be ${i + 1}`]),
        ...missing(
          i === items.length - 1 ? ['name'] : ['name', 'item'],
          item,
          `$.itemListElement[${i}]`,
        ),
      ]),
    ];
  }
  return [];
}
