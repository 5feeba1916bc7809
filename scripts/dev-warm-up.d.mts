export function contentAddresses(indexJson: string): Set<string>;
export function devPort(argv: readonly string[], env: Record<string, string | undefined>): number;
export function localOrigin(output: string): string | undefined;
export function warmUpNewAddresses(options: { origin: () => string }): void;
