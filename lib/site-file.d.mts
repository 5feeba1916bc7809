/** content/site.json as parsed JSON, or undefined when it does not parse. */
export function readSiteFile(): Record<string, unknown> | undefined;
