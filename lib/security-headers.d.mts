/** The response headers every page gets (lib/security-headers.mjs). */
export declare const securityHeaders: { key: string; value: string }[];
