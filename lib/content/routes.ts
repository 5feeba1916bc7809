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
