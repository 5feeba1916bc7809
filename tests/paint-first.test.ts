import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loaderScript, paintFirst, paintFirstPages } from '../scripts/paint-first.mjs';

/** A page as Next 16 writes it, cut down to the tags that matter. */
const page = [
  '<!DOCTYPE html><html lang="en-MY"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/router.js" async=""></script>',
  '<title>Blog</title></head><body><main><p>Text</p></main>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script type="application/ld+json">{"@type":"Blog"}</script>',
  '<script src="/_next/static/chunks/page.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

describe('pages paint before their scripts load', () => {
  it('moves every Next script into one loader at the end of the body, in order', () => {
    const html = paintFirst(page) ?? '';
    expect(html).not.toMatch(/<script src="[^"]*" async="">/);
    expect(html).not.toContain('as="script"');
    expect(html).toContain(
      loaderScript([
        { src: '/_next/static/chunks/react.js' },
        { src: '/_next/static/chunks/router.js' },
        { src: '/_next/static/chunks/page.js' },
      ]) + '</body>',
    );
  });

  it('keeps each script’s other attributes and query (deployment ids, integrity)', () => {
    const tagged = page.replace(
      '<script src="/_next/static/chunks/react.js" async=""></script>',
      '<script src="/_next/static/chunks/react.js?dpl=abc&amp;v=1" async="" crossorigin="" integrity="sha384-x"></script>',
    );
    expect(paintFirst(tagged)).toContain(
      loaderScript([
        {
          src: '/_next/static/chunks/react.js?dpl=abc&v=1',
          crossorigin: '',
          integrity: 'sha384-x',
        },
        { src: '/_next/static/chunks/router.js' },
        { src: '/_next/static/chunks/page.js' },
      ]),
    );
  });

  it('refuses to leave a Next script in place to run before the paint', () => {
    const odd = page.replace(
      '<script src="/_next/static/chunks/router.js" async=""></script>',
      '<script async src="/_next/static/chunks/router.js"/>',
    );
    expect(() => paintFirst(odd)).toThrow(/a Next script was left in place/);
  });

  it('leaves the stylesheet, the font preload, data, polyfills and inline scripts alone', () => {
    const html = paintFirst(page) ?? '';
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      'as="font"',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script type="application/ld+json">{"@type":"Blog"}</script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<main><p>Text</p></main>',
    ])
      expect(html).toContain(kept);
  });

  it('finds nothing to move in a page without Next’s script tags', () => {
    expect(paintFirst('<html><body><p>Plain</p></body></html>')).toBeNull();
  });
});

describe('paintFirstPages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites every page under the folder, nested ones too', () => {
    dir = mkdtempSync(join(tmpdir(), 'paint-first-'));
    mkdirSync(join(dir, 'blog'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'blog', 'post.html'), page);
    writeFileSync(join(dir, 'blog', 'post.rsc'), 'not a page');
    expect(paintFirstPages(dir)).toBe(2);
    expect(readFileSync(join(dir, 'blog', 'post.html'), 'utf8')).toBe(paintFirst(page));
    expect(readFileSync(join(dir, 'blog', 'post.rsc'), 'utf8')).toBe('not a page');
  });

  it('leaves an HTML file that Next did not render alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'paint-first-'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'google1234.html'), 'google-site-verification: google1234.html');
    expect(paintFirstPages(dir)).toBe(1);
    expect(readFileSync(join(dir, 'google1234.html'), 'utf8')).toContain('verification');
  });

  it('stops, naming the page, when Next has written its scripts some other way', () => {
    dir = mkdtempSync(join(tmpdir(), 'paint-first-'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'about.html'), page.replaceAll(' async=""', ' defer=""'));
    expect(() => paintFirstPages(dir)).toThrow(/about\.html has no <script .*Update SCRIPT_TAG/);
  });
});

/** Runs the loader in a stand-in browser and reports which scripts it added, and when. */
function runLoader(options: { hidden?: boolean; paintTiming?: boolean }) {
  const added: string[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const frames: (() => void)[] = [];
  const listeners: (() => void)[] = [];
  let now = 0;
  let paintObserver:
    ((list: { getEntriesByName: (n: string) => unknown[] }, observer: object) => void) | undefined;
  const observed: unknown[] = [];
  const observer = { observe: (options: unknown) => observed.push(options), disconnect() {} };
  const window = {
    document: {
      visibilityState: options.hidden ? 'hidden' : 'visible',
      head: { appendChild: (el: { src: string }) => added.push(el.src) },
      createElement: () => ({
        src: '',
        async: false,
        setAttribute(this: Record<string, string>, name: string, value: string) {
          this[name] = value;
        },
      }),
      addEventListener: (_: string, listener: () => void) => listeners.push(listener),
    },
    setTimeout: (run: () => void, ms: number) => timers.push({ at: now + ms, run }),
    requestAnimationFrame: (run: () => void) => frames.push(run),
    PerformanceObserver: Object.assign(
      function (this: object, callback: typeof paintObserver) {
        paintObserver = callback;
        return Object.assign(this, observer);
      },
      { supportedEntryTypes: options.paintTiming === false ? ['navigation'] : ['paint'] },
    ),
  };
  const code =
    /<script>(.*)<\/script>/.exec(loaderScript([{ src: '/a.js' }, { src: '/b.js' }]))?.[1] ?? '';
  runInNewContext(code, { ...window, window });
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return {
    added,
    observed,
    advance,
    frame: () => frames.shift()?.(),
    paint: (name: string) =>
      paintObserver?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, observer),
    hide: () => listeners.forEach((listener) => listener()),
  };
}

describe('the loader', () => {
  it('adds the scripts, in order, only after the first contentful paint', () => {
    const page = runLoader({});
    // Buffered: a paint that came before the loader ran still counts.
    expect(page.observed).toEqual([{ type: 'paint', buffered: true }]);
    page.paint('first-paint');
    page.advance(10);
    expect(page.added).toEqual([]);
    page.paint('first-contentful-paint');
    page.advance(0);
    expect(page.added).toEqual(['/a.js', '/b.js']);
    page.advance(5000);
    expect(page.added).toHaveLength(2);
  });

  it('loads at once in a hidden page, and when a page is hidden before it paints', () => {
    expect(runLoader({ hidden: true }).added).toEqual(['/a.js', '/b.js']);
    const page = runLoader({});
    page.hide();
    expect(page.added).toEqual(['/a.js', '/b.js']);
  });

  it('waits for the first frame where there is no paint timing', () => {
    const page = runLoader({ paintTiming: false });
    page.advance(0);
    expect(page.added).toEqual([]);
    page.frame();
    page.advance(0);
    expect(page.added).toEqual(['/a.js', '/b.js']);
  });

  it('loads anyway when nothing has painted after 3 s', () => {
    const page = runLoader({});
    page.advance(2999);
    expect(page.added).toEqual([]);
    page.advance(1);
    expect(page.added).toEqual(['/a.js', '/b.js']);
  });
});
