/**
 * `npm run build:static` sets STATIC_EXPORT=1: a plain folder (out/) for any static host. Files
 * named *.server.tsx / *.server.ts (the contact form's action and API) exist only in the server
 * build, *.static.tsx only in the export; everything else is the same in both.
 */
import { securityHeaders } from './lib/security-headers.mjs';

const staticExport = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  output: staticExport ? 'export' : undefined,
  pageExtensions: staticExport
    ? ['static.tsx', 'tsx', 'ts']
    : ['server.tsx', 'server.ts', 'tsx', 'ts'],
  images: { unoptimized: staticExport },
  // scripts/build.mjs (`npm run build`) has just run the type check; a bare `next build` runs it.
  typescript: { ignoreBuildErrors: process.env.SNYNET_TYPES_CHECKED === '1' },
  trailingSlash: false,
  // Measured with 1,000 posts (`npm run bench`): server source maps doubled the content chunk
  // on disk (12 → 40 MB) and in every prerender worker's memory, for stack traces we never read
  // from a static site; PostCSS in worker threads saves a ~350 MB child process.
  enablePrerenderSourceMaps: false,
  experimental: {
    serverSourceMaps: false,
    turbopackPluginRuntimeStrategy: 'workerThreads',
    // Pages wait on the share-image encoder's threads; more in flight keeps the one worker busy.
    staticGenerationMaxConcurrency: 32,
  },
  // Static hosts never run this; they get the same list as out/_headers (scripts/static-headers.mjs).
  // Not in `next dev`, whose tooling needs eval.
  async headers() {
    if (staticExport || process.env.NODE_ENV !== 'production') return [];
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
