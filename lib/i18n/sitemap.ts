import type { MetadataRoute } from 'next';
import { POSTS_PER_PAGE } from '../posts/pagination';
import { STATIC_ROUTES } from '../site/routes';
import { siteUrl } from '../site/site';
import { buildSitemap } from '../seo/sitemap';
import { fixedPageAlternates, postAlternates } from './alternates';
import { hreflang } from './hreflang';
import { LOCALES, splitLocalePath } from './locales';
import { summariesIn } from './posts';

/** Both languages' addresses, each page that is a translation with its alternates. */
export function bilingualSitemap(): MetadataRoute.Sitemap {
  return LOCALES.flatMap((locale) => {
    const posts = summariesIn(locale);
    const postTranslations = new Map(
      posts.map((post) => [post.url, postAlternates(post)] as const),
    );
    return buildSitemap({
      baseUrl: siteUrl(),
      staticPaths: STATIC_ROUTES.filter((path) => splitLocalePath(path).locale === locale),
      posts,
      perPage: POSTS_PER_PAGE,
      locale,
      translations: (path) => {
        const pair = fixedPageAlternates(path) ?? postTranslations.get(path);
        return pair && hreflang(pair);
      },
    });
  });
}
