/**
 * `npm run build:static` sets STATIC_EXPORT=1: a plain folder (out/) for any static host. Routes
 * named route.server.ts exist only in the server build (the contact API; post share cards drawn
 * on request), route.static.ts only in the export (every card drawn at build time). The contact
 * page is the same file in both and takes its form (or, in the export, phone and email) through
 * the `#contact/enquiry-channel` alias. Pages themselves never get a two-part extension: Next
 * then misses their font preload (it looks fonts up under "page.server").
 */
import { siteCalendarDay } from './lib/calendar-day.mjs';
import { editorHeaders, includesEditor } from './lib/content/editor-storage.mjs';
import { securityHeaders } from './lib/security-headers.mjs';

const staticExport = process.env.STATIC_EXPORT === '1';
// The browser editor's routes (page.admin.tsx, route.admin.ts under app/keystatic and
// app/api/keystatic): in `next dev`, and in a server build only with GitHub storage set.
const editor = includesEditor(process.env, { staticExport }) ? ['admin.tsx', 'admin.ts'] : [];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/dev-warm-up.mjs asks `npm run dev` for new posts' addresses; editors need not see it.
  logging: { incomingRequests: { ignore: [/[?&]dev-warm-up\b/] } },
  reactStrictMode: true,
  output: staticExport ? 'export' : undefined,
  pageExtensions: [
    ...editor,
    ...(staticExport ? ['static.ts', 'tsx', 'ts'] : ['server.ts', 'tsx', 'ts']),
  ],
  turbopack: {
    resolveAlias: {
      '#contact/enquiry-channel': `./app/contact/enquiry-channel.${staticExport ? 'static' : 'server'}.tsx`,
    },
  },
  images: { unoptimized: staticExport },
  // The day this build publishes up to (lib/posts.ts), fixed into the code it compiles: the day
  // in the company's timezone (content/site.json), so a morning deploy in Malaysia publishes that
  // day's posts although UTC is still on the day before. SNYNET_TRAILING_SLASH: see absoluteUrl.
  env: { SNYNET_BUILD_DAY: siteCalendarDay(), SNYNET_TRAILING_SLASH: staticExport ? '1' : '' },
  // scripts/build.mjs (`npm run build`) has just run the type check; a bare `next build` runs it.
  typescript: { ignoreBuildErrors: process.env.SNYNET_TYPES_CHECKED === '1' },
  // Static hosts serve out/about/index.html at /about/ everywhere (S3, nginx, GitHub Pages);
  // out/about.html beside the out/about/ folder of prefetch files made them list the folder.
  trailingSlash: staticExport,
  // Measured with 1,000 posts (`npm run bench`): server source maps doubled the content chunk
  // on disk (12 → 40 MB) and in every prerender worker's memory, for stack traces we never read
  // from a static site; PostCSS in worker threads saves a ~350 MB child process.
  enablePrerenderSourceMaps: false,
  experimental: {
    serverSourceMaps: false,
    turbopackPluginRuntimeStrategy: 'workerThreads',
    // Turbopack's compile is the build's memory peak. Without writing its cache to disk a cold
    // 1,000-post build took 40.6–44.0 s at 889–930 MB instead of 43.6–45.5 s at 974–1,003 MB
    // (over the 1 GB goal); a rebuild with .next/cache kept pays ~5 s for it. Source maps of the
    // production build (server chunks only; browsers get none) cost another ~40 MB; `next dev`
    // keeps them for readable errors.
    turbopackFileSystemCacheForBuild: false,
    turbopackSourceMaps: process.env.NODE_ENV !== 'production',
    // Pages wait on the share-image encoder's threads in the static export, which draws every
    // card at build time; more in flight keeps the one worker busy (no effect without cards).
    staticGenerationMaxConcurrency: 32,
    // Bundling small prefetch segments into one response means gzipping and re-encoding every
    // page's segments at build time: 41 → 33 s of prerendering at 1,000 posts. Without it a
    // link prefetch asks for its segments one by one, and the shared layout's is fetched once.
    prefetchInlining: false,
  },
  // Static hosts never run this (they get the same list as out/_headers, from
  // scripts/static-headers.mjs), and Next warns when an export defines it. Not in `next dev`,
  // whose tooling needs eval.
  ...(staticExport
    ? {}
    : {
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

export default nextConfig;
