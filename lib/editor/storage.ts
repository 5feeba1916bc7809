/**
 * Where the browser editor (/keystatic) saves. `next dev`: the files in this checkout. A server
 * build: the GitHub repository, and only when all of GITHUB_SETTINGS are set when it is built;
 * without them the admin is not built at all (next.config.ts), so its addresses answer 404.
 */

import type { Settings } from '../settings';
import { githubRepo } from './github-repo';

/** The settings GitHub storage needs (.env.example says where each comes from). */
export const GITHUB_SETTINGS = [
  'KEYSTATIC_GITHUB_CLIENT_ID',
  'KEYSTATIC_GITHUB_CLIENT_SECRET',
  'KEYSTATIC_SECRET',
  'NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO',
] as const;

/** Whether this build has every GitHub setting, with the repository written "owner/name". */
export function hasGitHubStorage(settings: Settings): boolean {
  return (
    GITHUB_SETTINGS.every((name) => Boolean(settings[name])) &&
    githubRepo(settings.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO) !== undefined
  );
}

/** Whether this build includes the admin: `next dev`, or a server build with GitHub storage. */
export function includesEditor(settings: Settings, nodeEnv: string | undefined): boolean {
  if (settings.STATIC_EXPORT) return false;
  return nodeEnv !== 'production' || hasGitHubStorage(settings);
}

// The admin talks to GitHub from the browser (its API, avatars, sign-in) and loads its own font.
const EDITOR_SOURCES: Record<string, string> = {
  'connect-src': 'https://api.github.com https://github.com',
  'img-src': 'https://avatars.githubusercontent.com',
  'style-src': 'https://fonts.googleapis.com',
  'font-src': 'https://fonts.gstatic.com',
};

/**
 * The site's headers for /keystatic, with GitHub added where the admin needs it; next.config.ts
 * sends them after the site's own, so they win there and nowhere else. Also never indexed.
 */
export function editorHeaders(
  headers: readonly { key: string; value: string }[],
): { key: string; value: string }[] {
  return [
    ...headers.map(({ key, value }) =>
      key === 'Content-Security-Policy'
        ? {
            key,
            value: value
              .split('; ')
              .map((rule) => {
                const extra = EDITOR_SOURCES[rule.split(' ')[0] ?? ''];
                return extra ? `${rule} ${extra}` : rule;
              })
              .join('; '),
          }
        : { key, value },
    ),
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  ];
}
