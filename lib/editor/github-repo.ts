// Apart from storage.ts so the admin's browser code can use it without the settings module.

/** "owner/name" split in two, or undefined when it is not written that way. */
export function githubRepo(value: string | undefined): { owner: string; name: string } | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value?.trim() ?? '');
  return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}
