export function loaderScript(scripts: readonly Record<string, string>[]): string;
export function paintFirst(html: string): string | null;
export function paintFirstPages(dir: string): number;
