export declare function idsInMail(raw: readonly string[]): Map<string, number>;
