/**
 * Where the browser editor (/keystatic) saves. `next dev`: the files in this checkout. A server
 * build: the GitHub repository, and only when all of GITHUB_SETTINGS are set when it is built;
 * without them the admin is not built at all (next.config.mjs), so its addresses answer 404.
 */

/** The settings GitHub storage needs (.env.example says where each comes from). */
export const GITHUB_SETTINGS = [
  'KEYSTATIC_GITHUB_CLIENT_ID',
  'KEYSTATIC_GITHUB_CLIENT_SECRET',
  'KEYSTATIC_SECRET',
  'NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO',
];

/** "owner/name" split in two, or undefined when it is not written that way. */
export function githubRepo(value) {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value?.trim() ?? '');
  return match ? { owner: match[1], name: match[2] } : undefined;
}

/** Whether this build has every GitHub setting, with the repository written "owner/name". */
export function hasGitHubStorage(env) {
  return (
    GITHUB_SETTINGS.every((name) => Boolean(env[name]?.trim())) &&
    githubRepo(env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO) !== undefined
  );
}

/** Whether this build includes the admin: `next dev`, or a server build with GitHub storage. */
export function includesEditor(env, { staticExport }) {
  if (staticExport) return false;
  return env.NODE_ENV !== 'production' || hasGitHubStorage(env);
}
