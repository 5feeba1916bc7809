export declare function isPlaceholderUrl(value: string): boolean;
export declare function buildWarnings(options: {
  env: Record<string, string | undefined>;
  staticExport: boolean;
}): string[];
export declare function checkServerActionsKey(env: Record<string, string | undefined>): void;
