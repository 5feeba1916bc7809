export const trailingSlashBuild = (): boolean => process.env.SNYNET_TRAILING_SLASH === '1';

/**
 * A page's path as this build serves it. The static export (next.config.ts) ends page paths
 * with "/" (out/blog/index.html is served at /blog/ by every static host, without a redirect);
 * files ("/logo.svg", "/feed.xml"), queries and fragments are left as they are.
 */
export function sitePath(path: string): string {
  // A build-time constant: the server build's bundles keep none of the code below.
  return trailingSlashBuild() ? withTrailingSlash(path) : path;
}

export function withTrailingSlash(path: string): string {
  // Only this site's own paths: "//cdn.example.com/x" is another site, "#top" a fragment.
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const url = new URL(path, 'http://x');
  if (/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('/')) return path;
  return `${url.pathname}/${url.search}${url.hash}`;
}
