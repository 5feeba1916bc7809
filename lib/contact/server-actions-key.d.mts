export declare const KEY_VARIABLE: 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';
export declare const KEY_FILE: string;
export declare function isValidKey(value: string): boolean;
/** The Server Actions key for this build, from the environment or kept in `cacheDir`. */
export declare function serverActionsKey(options: {
  env?: Record<string, string | undefined>;
  cacheDir: string;
}): { key: string; source: 'environment' | 'cache' | 'new' };
