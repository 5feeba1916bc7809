import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHoursLabel } from '@/lib/site/hours';
import { siteSchema } from '@/lib/site/schema';
import { postFiles } from '../helpers/fixture-site';

// content/ belongs to marketing. Whatever it says today, no test and no product message or
// example may repeat it: a valid edit there must never turn a test red or leave a stale example.
const LIVE = 'content';
const SCANNED = ['app', 'components', 'lib', 'scripts', 'tests', 'e2e'];
const SKIPPED = new Set(['tests/fixtures/site']);

function files(dir: string): string[] {
  if (SKIPPED.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function liveFacts(): { what: string; text: string }[] {
  const site = siteSchema.parse(JSON.parse(readFileSync(join(LIVE, 'site.json'), 'utf8')));
  const digits = site.phone.replace(/[^\d+]/g, '');
  const facts = [
    { what: 'the company phone', text: site.phone },
    { what: 'the company phone as a tel: link', text: digits },
    { what: 'the opening hours', text: formatHoursLabel(site.hours) },
  ];
  for (const post of postFiles(LIVE)) {
    facts.push({ what: 'a live post address', text: post.slug });
    facts.push({ what: 'a live post title', text: post.title });
    if (post.cover) facts.push({ what: 'a live post picture', text: post.cover });
  }
  return facts;
}

describe('tests and product code follow the software, not this week’s copy', () => {
  it('no file outside content/ and the fixture site names the live phone, hours or posts', () => {
    const facts = liveFacts();
    const found = SCANNED.flatMap(files).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return facts
        .filter((fact) => text.includes(fact.text))
        .map((fact) => `${file}: ${fact.what}, "${fact.text}"`);
    });
    expect(found).toEqual([]);
  });
});
