export declare const KEY_VARIABLE: 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';
export declare function isValidKey(value: string): boolean;
