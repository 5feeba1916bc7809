import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/settings';
import { site } from '@/lib/site/site';
import { projectCopy } from '../helpers/project-copy';

/**
 * A preview deployment of a branch with a draft: the draft gets its page, marked, with the
 * preview banner and noindex. (The production build that `npm test` runs its browser tests on
 * has neither banner nor noindex: e2e/seo.spec.ts.) Built as Vercel builds a preview with no
 * DATABASE_URL: the contact page offers phone and email instead of a form nothing could store.
 */
const dir = projectCopy('preview-build-', { hardLinks: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

const DRAFT = `---
title: A draft the team wants to read first
date: 2026-11-20
excerpt: A post still being written, that a preview deployment shows with a mark on it.
draft: true
---

Nearly ready.
`;

describe('a preview build (SITE_PREVIEW=1, as a Vercel preview without DATABASE_URL)', () => {
  it('gives a draft its page, marked, with the banner and noindex, and the contact page no form', () => {
    writeFileSync(join(dir, CONTENT_DIR, 'posts', 'team-draft.mdx'), DRAFT);
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        SITE_PREVIEW: '1',
        VERCEL: '1',
        VERCEL_ENV: 'preview',
        DATABASE_URL: '',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    const page = (path: string) => join(dir, '.next-server', 'server', 'app', path);
    expect(existsSync(page('blog/team-draft.html'))).toBe(true);
    const draft = readFileSync(page('blog/team-draft.html'), 'utf8');
    expect(draft).toContain('A draft the team wants to read first');
    expect(draft).toMatch(/>Draft</);
    expect(draft).toContain('Preview: this is not the live site.');
    expect(draft).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    // The fixture site's own draft and post dated 2099 get their pages too, each marked.
    const fixtureDraft = readFileSync(page('blog/a-draft-nobody-should-see.html'), 'utf8');
    expect(fixtureDraft).toContain('A draft nobody should see in a production build');
    expect(fixtureDraft).toMatch(/>Draft</);
    const farFuture = readFileSync(page('blog/a-post-scheduled-for-the-far-future.html'), 'utf8');
    expect(farFuture).toMatch(/>Scheduled/);
    const home = readFileSync(page('index.html'), 'utf8');
    expect(home).toContain('Fixture services that keep the tests honest');
    expect(home).toContain('Preview: this is not the live site.');
    expect(home).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(readFileSync(page('blog.html'), 'utf8')).toContain('A draft the team wants to read');
    expect(readFileSync(page('robots.txt.body'), 'utf8')).toMatch(/Disallow: \/$/m);
    // No durable store on this preview: no form, the phone instead, and the banner says why.
    expect(result.stdout + result.stderr).toContain(
      'DATABASE_URL is not set on this Vercel preview',
    );
    const contact = readFileSync(page('contact.html'), 'utf8');
    expect(contact).not.toMatch(/<form/);
    expect(contact).toContain(site.phone);
    expect(contact).toContain('This preview has no DATABASE_URL');
  }, 600_000);
});
