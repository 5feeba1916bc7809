import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ms } from '@/lib/i18n/dictionary-ms';
import { hoursLabel as hoursLabelIn } from '@/lib/i18n/hours';
import { postsIn } from '@/lib/i18n/posts';
import { getSite, hasRealEmail, hoursLabel, telHref } from '@/lib/site/site';

/**
 * Runs after `npm run build` and then `npm run build:static` (scripts/run-tests.mjs does both),
 * comparing out/ with the server build's prerendered pages, which STATIC_EXPORT_CHECK points at
 * (.next-server/server/app).
 */
const serverHtml = process.env.STATIC_EXPORT_CHECK;

function pages(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) return pages(dir, path);
    return entry.name.endsWith('.html') && !entry.name.startsWith('_') ? [path] : [];
  });
}

/** The <main> of a page, without what legitimately differs between builds (image URLs, ids). */
function main(html: string): string {
  const body = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return body
    .replace(/\/_next\/image\?url=([^&"]+)[^" ]*/g, (_, url: string) => decodeURIComponent(url))
    .replace(/ srcSet="[^"]*"/gi, '')
    .replace(/ id="_R_[^"]*"/g, '');
}

/** The server build's "blog/tags.html" is the export's "blog/tags/index.html" (trailingSlash). */
const exportedPath = (page: string) =>
  page === 'index.html' ? page : page.replace(/\.html$/, '/index.html');

/**
 * Page addresses end in "/" in the export (links, and the absolute URLs of JSON-LD); files, the
 * home page's "/#business" id and everything else are as in the server build.
 */
const withoutTrailingSlashes = (html: string) =>
  html
    .replace(/(href|action)="(\/[^"]*?[^/"])\/"/g, '$1="$2"')
    .replace(/"(https?:\/\/[^"/]+\/[^"#]*?[^/"#])\/(#[^"]*)?"/g, '"$1$2"')
    .replace(/"(https?:\/\/[^"/]+)\/"/g, '"$1"');

describe.skipIf(!serverHtml)('static export (out/)', () => {
  const server = serverHtml ?? '';
  const exported = (page: string) => readFileSync(join('out', exportedPath(page)), 'utf8');

  it('has every page the server build prerenders', () => {
    const expected = pages(server).filter((p) => p !== 'index.html' || existsSync(join(server, p)));
    expect(expected.length).toBeGreaterThan(5);
    for (const page of expected)
      expect(existsSync(join('out', exportedPath(page))), page).toBe(true);
  });

  it('leaves the server build in place for `npm start`: the export builds in its own folder', () => {
    // Next's marker of an export build never lands in the folder `next start` serves.
    expect(existsSync(join(server, '..', '..', 'BUILD_ID'))).toBe(true);
    expect(existsSync(join(server, '..', '..', 'export-detail.json'))).toBe(false);
  });

  it("carries Next's own script tags on every page, as Next wrote them", () => {
    for (const page of pages(server)) {
      for (const html of [readFileSync(join(server, page), 'utf8'), exported(page)]) {
        expect(html, page).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js" async="">/);
        expect(html, page).not.toMatch(/<script>\(function\(s\)\{/);
      }
    }
  });

  // Contact and privacy say how enquiries reach the company: a form there, phone and email here.
  it('shows the same content as the server build on every page but contact and privacy', () => {
    const differ = ['contact.html', 'privacy.html', 'ms/contact.html', 'ms/privacy.html'];
    for (const page of pages(server).filter((p) => !differ.includes(p))) {
      const expected = main(readFileSync(join(server, page), 'utf8'));
      expect(expected.length, page).toBeGreaterThan(200);
      expect(withoutTrailingSlashes(main(exported(page))), page).toBe(expected);
    }
  });

  it("has every post's share image as a PNG file (no server draws them on request)", () => {
    expect(postsIn('en').length).toBeGreaterThan(3);
    for (const { url } of [...postsIn('en'), ...postsIn('ms')]) {
      const png = readFileSync(join('out', url, 'og.png'));
      expect(png.subarray(1, 4).toString(), url).toBe('PNG');
    }
  });

  it('carries the security headers for static hosts in out/_headers', () => {
    const headers = readFileSync(join('out', '_headers'), 'utf8');
    expect(headers.startsWith('/*\n')).toBe(true);
    expect(headers).toMatch(/^  Content-Security-Policy: default-src 'self';/m);
    expect(headers).not.toContain('unsafe-eval');
    expect(headers).toMatch(/^  Strict-Transport-Security: max-age=\d+/m);
    // Content-hashed bundles never change under their name: a returning visitor reuses them.
    expect(headers).toContain(
      '\n/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });

  it('serves every page as a folder index, with links, canonicals and the sitemap to match', () => {
    const about = exported('about.html');
    expect(about).toContain('<link rel="canonical" href="http://localhost:3000/about/"/>');
    expect(about).toContain('href="/services/"');
    expect(exported('blog.html')).toContain('action="/search/"');
    // No page sits beside a folder of the same name (static servers then list the folder).
    expect(existsSync(join('out', 'about.html'))).toBe(false);
    const sitemap = readFileSync(join('out', 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>http://localhost:3000/blog/tags/</loc>');
    expect(sitemap).not.toMatch(/<loc>[^<]*[^/]<\/loc>/);
  });

  it('offers phone (and email once set) instead of a form on the contact page', () => {
    const html = exported('contact.html');
    expect(html).not.toContain('<form');
    expect(html).toContain(`href="${telHref()}"`);
    if (hasRealEmail()) {
      expect(html).toContain(`mailto:${getSite().email}`);
    } else {
      // The example.com placeholder is never offered: phone only, and the page says only that.
      expect(html).toContain(`Call us (${hoursLabel()}) and tell us what you need.`);
      expect(html).not.toContain('write to us');
    }
    expect(html).toContain('by phone or email is used only to answer you');
    expect(html).toContain('href="/privacy/"');
    const serverContact = readFileSync(join(server, 'contact.html'), 'utf8');
    expect(serverContact).toContain('<form');
  });

  it('has the Malay site under /ms, in Malay, and one 404 page in both languages', () => {
    const home = exported('ms.html');
    expect(home).toContain('<html lang="ms-MY"');
    expect(exported('ms/blog.html')).toContain('action="/ms/search/"');
    const contact = exported('ms/contact.html');
    expect(contact).not.toContain('<form');
    expect(contact).toContain(`Hubungi kami (${hoursLabelIn(ms.hours, getSite().hours)})`);
    const notFound = readFileSync(join('out', '404.html'), 'utf8');
    expect(notFound).toContain('Page not found');
    expect(notFound).toContain('Halaman tidak ditemui');
  });

  it('its privacy page says the website stores nothing, where the server build names its store', () => {
    expect(exported('privacy.html')).toContain('the website stores none of it');
    expect(readFileSync(join(server, 'privacy.html'), 'utf8')).toContain('Stored in');
  });

  it('forwards a moved post: _redirects for hosts that read it, a page that forwards for the rest', () => {
    expect(readFileSync(join('out', '_redirects'), 'utf8')).toContain(
      '/blog/choosing-a-cdn /blog/choosing-a-cdn-for-a-faster-website/ 301',
    );
    const page = readFileSync(join('out', 'blog', 'choosing-a-cdn', 'index.html'), 'utf8');
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=/blog/choosing-a-cdn-for-a-faster-website/"/>',
    );
    expect(page).toContain('This page has moved');
    // A Malay address forwards in Malay.
    const malay = readFileSync(join('out', 'ms', 'blog', 'wifi-pejabat', 'index.html'), 'utf8');
    expect(malay).toContain('url=/ms/blog/wifi-pejabat-yang-tidak-terputus/');
    expect(malay).toContain('<div lang="ms-MY"');
    expect(malay).toContain('Halaman ini telah berpindah');
  });
});
