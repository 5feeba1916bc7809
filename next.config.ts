/**
 * `npm run build:static` sets STATIC_EXPORT=1: a plain folder (out/) for any static host. Routes
 * named route.server.ts exist only in the server build (the contact API; post share cards drawn
 * on request), route.static.ts only in the export (every card drawn at build time; _headers).
 * The contact page is the same file in both and takes its form (or, in the export, phone and
 * email) through the `#contact/enquiry-channel` alias. Pages themselves never get a two-part
 * extension: Next then misses their font preload (it looks fonts up under "page.server").
 */
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { buildWarnings } from './lib/build/build-warnings';
import { siteCalendarDay } from './lib/site/calendar-day';
import { CONTENT_DIR, readSettings, SettingsError, type Settings } from './lib/settings';
import {
  contactStoreStop,
  contactFormMode,
  contactFormNotice,
} from './lib/contact/http/form-switch';
import { editorHeaders, includesEditor } from './lib/editor/storage';
import { isPreviewBuild } from './lib/posts/preview';
import { privacyStop, privacyWarnings } from './lib/privacy/privacy-facts';
import { securityHeaders } from './lib/build/security-headers';
import { readRedirects } from './lib/site/redirects';

/** Every setting, checked: one plain line and a stop when one does not parse. */
function settingsOrStop(): Settings {
  try {
    return readSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const settings = settingsOrStop();
const staticExport = settings.STATIC_EXPORT;
// Without the form (CONTACT_FORM=off, a Vercel preview without DATABASE_URL) the contact page
// takes the export's phone and email; a Vercel production build without one stops (below).
const contactForm = contactFormMode(settings);
// The browser editor's routes (page.admin.tsx, route.admin.ts under app/keystatic and
// app/api/keystatic): in `next dev`, and in a server build only with GitHub storage set.
const editor = includesEditor(settings, process.env.NODE_ENV) ? ['admin.tsx', 'admin.ts'] : [];
// The export's forwarding pages for moved addresses (app/[...forward]/page.forward.tsx): only
// with redirects recorded, as an export cannot build a dynamic page that lists none.
const forwarding = staticExport && readRedirects().length > 0 ? ['forward.tsx'] : [];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` serves its scripts to localhost only unless told: the admin opened at
  // http://127.0.0.1:3000 was a blank page.
  allowedDevOrigins: ['127.0.0.1'],
  output: staticExport ? 'export' : undefined,
  // Next always builds an export in .next, so the server build (and `next dev`) keep their own
  // folder: `npm run build:static` never replaces what `npm start` serves.
  distDir: staticExport ? '.next' : '.next-server',
  pageExtensions: [
    ...editor,
    ...forwarding,
    ...(staticExport ? ['static.ts', 'tsx', 'ts'] : ['server.ts', 'tsx', 'ts']),
  ],
  turbopack: {
    // This folder, not a guess from lockfiles: the tests run copies of the project inside it.
    root: fileURLToPath(new URL('.', import.meta.url)),
    resolveAlias: {
      '#contact/enquiry-channel': `./app/(en)/contact/enquiry-channel.${contactForm === 'on' ? 'server' : 'static'}.tsx`,
      // The content folder's settings (lib/site/site.ts), imported so that `next dev` reloads on save.
      '#site-settings': `./${CONTENT_DIR}/site.json`,
    },
  },
  images: { unoptimized: staticExport },
  // Memory at 1,000 posts (docs/performance.md): source maps of server code, loaded by every
  // prerender worker, for stack traces a static site's build never shows (`next dev` keeps them).
  enablePrerenderSourceMaps: false,
  experimental: {
    // One 404 page for every address no route matches: the site has a root layout per language
    // and one for the admin (docs/performance.md, "The bilingual site", says why and what it costs).
    globalNotFound: true,
    serverSourceMaps: false,
    turbopackSourceMaps: process.env.NODE_ENV !== 'production',
  },
  // The day this build publishes up to (lib/posts/posts.ts), fixed into the code it compiles: the day
  // in the company's timezone (content/site.json), so a morning deploy in Malaysia publishes that
  // day's posts although UTC is still on the day before. SNYNET_TRAILING_SLASH: see absoluteUrl.
  // SITE_PREVIEW: a preview build stays one when its server is started without the variable.
  // CONTENT_DIR: the admin (keystatic.config.tsx) runs in the browser and saves into this folder.
  // SNYNET_CONTACT_FORM: the contact API, the timer and the preview banner follow the page.
  env: {
    CONTENT_DIR,
    SNYNET_CONTACT_FORM: contactForm,
    SNYNET_BUILD_DAY: siteCalendarDay(),
    SNYNET_TRAILING_SLASH: staticExport ? '1' : '',
    SITE_PREVIEW: isPreviewBuild() ? '1' : '',
  },
  // Static hosts serve out/about/index.html at /about/ everywhere (S3, nginx, GitHub Pages);
  // out/about.html beside the out/about/ folder of prefetch files made them list the folder.
  trailingSlash: staticExport,
  // Static hosts get the same list as out/_headers (app/%5Fheaders/route.static.ts), and Next
  // warns when an export defines this. Not in `next dev`, whose tooling needs eval.
  ...(staticExport
    ? {}
    : {
        // Addresses marketing moved (content/redirects.json, the admin's "Redirects"): 308 on
        // `next start` and Vercel alike. Read when the server is built or `next dev` starts.
        async redirects() {
          return readRedirects().map(({ from, to }) => ({
            source: from,
            destination: to,
            permanent: true,
          }));
        },
        async headers() {
          if (process.env.NODE_ENV !== 'production') return [];
          return [
            { source: '/:path*', headers: securityHeaders },
            // The browser editor, when this build has it: GitHub allowed, never indexed.
            ...(editor.length
              ? ['/keystatic/:path*', '/api/keystatic/:path*'].map((source) => ({
                  source,
                  headers: editorHeaders(securityHeaders),
                }))
              : []),
          ];
        },
      }),
};

export default function config(phase: string): NextConfig {
  // Next loads this file again in its build workers, which inherit the marker: warn once.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SNYNET_BUILD_WARNED) {
    process.env.SNYNET_BUILD_WARNED = '1';
    // One plain line and a failed build; a thrown error would bury it under Next's stack trace.
    const stop = contactStoreStop(settings, contactForm) ?? privacyStop(contactForm, CONTENT_DIR);
    if (stop) {
      console.error(stop);
      process.exit(1);
    }
    for (const warning of [
      ...buildWarnings(settings),
      ...privacyWarnings({ env: process.env, contentDir: CONTENT_DIR, form: contactForm === 'on' }),
    ])
      console.warn(warning);
    const notice = contactFormNotice(contactForm);
    if (notice) console.warn(notice);
  }
  return nextConfig;
}
