/**
 * How editors write paths that the browser reads differently, and the path they meant. Shared by
 * the body check (pictures, links) and the frontmatter rules (cover), so both suggest the same.
 */

/** "https:", "mailto:", "tel:" and "//cdn…" lead off this site; the browser takes them as they are. */
export function hasScheme(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** C:\Users\…\photo.png or file:///…: a file on the editor's own computer, which no visitor has. */
export function isComputerPath(url: string): boolean {
  return /^[a-z]:[\\/]/i.test(url) || /^file:/i.test(url);
}

const FILE_EXTENSION =
  /\.(png|jpe?g|gif|svg|webp|avif|pdf|docx?|xlsx?|pptx?|zip|txt|csv|mp4|mp3|html?|mdx?)$/i;

/**
 * "www.google.com" or "google.com/maps": another website written without https://, which the
 * browser would look for inside this site. "brochure.pdf" is a file name, not a website.
 */
export function looksLikeWebsite(url: string): boolean {
  if (/^www\./i.test(url)) return true;
  const host = url.split(/[/?#]/)[0] ?? '';
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(host) && !FILE_EXTENSION.test(host);
}

/**
 * The address of a file or page written the way the site serves it: forward slashes, from the
 * site's root, and without "public", because the files in public/ are served from "/".
 * "public\images\a.png", "../../public/images/a.png" and "images/a.png" all -> "/images/a.png".
 */
export function fromSiteRoot(url: string): string {
  const path = url
    .replace(/\\/g, '/')
    .replace(/^(\.{1,2}\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/^public\//i, '');
  return `/${path}`;
}

/** Does the path need fromSiteRoot (relative, backslashes, "public/" in it)? */
export function needsSiteRoot(url: string): boolean {
  return !url.startsWith('/') || url.includes('\\') || /^\/public\//i.test(url);
}

/** "My Photo.JPG" -> "My-Photo.jpg": the name to rename a file to, keeping what can be kept. */
export function safeFileName(path: string): string {
  return path.replace(/\s+/g, '-').replace(/\.([A-Za-z0-9]+)$/, (ext) => ext.toLowerCase());
}
