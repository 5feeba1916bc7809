type Env = Record<string, string | undefined>;
export const GITHUB_SETTINGS: readonly string[];
export function githubRepo(value: string | undefined): { owner: string; name: string } | undefined;
export function hasGitHubStorage(env: Env): boolean;
export function includesEditor(env: Env, options: { staticExport: boolean }): boolean;
type Header = { key: string; value: string };
export function editorHeaders(headers: readonly Header[]): Header[];
