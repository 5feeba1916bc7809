export function contentAddresses(indexJson: string): Set<string>;
export function devPort(argv: readonly string[], env: Record<string, string | undefined>): number;
export function warmUpNewAddresses(options: { port: number }): void;
