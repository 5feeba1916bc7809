export function contentlayerOutputFilter(): (line: string) => string[];
