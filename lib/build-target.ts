/** True while `npm run build:static` builds out/ for a static host, which has no server to run code. */
export const isStaticExport = process.env.STATIC_EXPORT === '1';
