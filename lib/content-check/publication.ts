/**
 * Which addresses a post or page may link to, by the site's own rule (lib/posts/visibility.ts): a
 * draft or a post dated after the build day has no page yet, so a live page linking to it
 * ships a link that 404s.
 */
import type { Locale } from '../i18n/locales';
import { postPath, STATIC_ROUTES, tagPath } from '../site/routes';
import { isVisible, type VisibilityRules } from '../posts/visibility';
import type { Wording } from './types';
import type { Parsed } from './rules/post-rules';

type PostState = {
  path: string;
  lang: Locale;
  file: string;
  draft: boolean;
  date: string;
  tags: string[];
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function stateOf(post: Parsed): PostState {
  const { draft, date, tags } = post.fm.data;
  return {
    path: postPath(post.slug, post.lang),
    lang: post.lang,
    file: post.file,
    draft: draft === true,
    // A malformed date is reported by the field rules; counted as published, it adds no second message.
    date: typeof date === 'string' && DAY.test(date) ? date : '0000-01-01',
    tags: Array.isArray(tags) ? tags.map(String) : [],
  };
}

export type Publication = {
  /** Every address live once this build is published: fixed pages, posts, their tag pages. */
  live: ReadonlySet<string>;
  /** Whether `source` (a post or page) may link to `path`, and if not, why, when it is a post. */
  linkFrom: (source: Parsed) => {
    routeExists: (path: string) => boolean;
    unpublished: (path: string) => Wording | undefined;
  };
};

export function publication(items: readonly Parsed[], rules: VisibilityRules): Publication {
  const posts = items.filter((item) => item.kind === 'post').map(stateOf);
  const byPath = new Map(posts.map((post) => [post.path, post]));
  const liveOn = (visible: (post: PostState) => boolean) =>
    new Set([
      ...STATIC_ROUTES,
      ...posts
        .filter(visible)
        .flatMap((post) => [post.path, ...post.tags.map((tag) => tagPath(tag, post.lang))]),
    ]);
  const live = liveOn((post) => isVisible(post, rules));

  return {
    live,
    linkFrom(source) {
      const self =
        source.kind === 'post' ? byPath.get(postPath(source.slug, source.lang)) : undefined;
      // A draft goes live whenever it is published: it may link to any post, as its editor
      // decides when. A scheduled post goes live on its date: it may link to what is live then.
      const goesLive = !self || isVisible(self, rules) ? undefined : self;
      const reachable = !goesLive
        ? live
        : liveOn((post) =>
            goesLive.draft ? true : isVisible(post, { ...rules, today: goesLive.date }),
          );
      return {
        routeExists: (path) => reachable.has(path),
        unpublished: (path) => {
          const target = byPath.get(path);
          return target && !reachable.has(path) ? wording(target, goesLive) : undefined;
        },
      };
    },
  };
}

function wording(target: PostState, source: PostState | undefined): Wording {
  const when = source ? `once this post is published on ${source.date}` : 'until then';
  if (target.draft)
    return {
      found: `a link to ${target.path}, a post that is still a draft (draft: true in ${target.file}), so this link would 404 ${source ? when : 'until that post is published'}`,
      expected: 'links to posts that are published: a draft has no page on the live site',
      example: `publish that post first (remove "draft: true" from ${target.file}), or remove the link for now`,
    };
  return {
    found: `a link to ${target.path}, a post scheduled for ${target.date}, so this link would 404 ${source ? `from ${source.date}, this post's date, until ${target.date}` : when}`,
    expected: `links to posts that are published: a post has a page from its date on`,
    example: source
      ? `date this post ${target.date} or later, or remove the link for now`
      : `remove the link until ${target.date}, or publish that post now by changing its date in ${target.file}`,
  };
}
