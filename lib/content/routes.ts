/** Pages that exist whatever the content: the routes under app/ that take no slug. */
export const STATIC_ROUTES: readonly string[] = [
  '/',
  '/blog',
  '/blog/tags',
  '/search',
  '/about',
  '/services',
  '/contact',
];

/** The fixed pages' copy (content/pages/<name>.mdx): each is required, or its route cannot build. */
export const REQUIRED_PAGES = ['home', 'about', 'services', 'contact'] as const;
export type RequiredPage = (typeof REQUIRED_PAGES)[number];
