export type ContactFormMode = 'on' | 'off' | 'no-database' | 'static';
export declare const NO_DURABLE_STORE: string;
export declare function contactFormMode(
  env: Record<string, string | undefined>,
  options: { staticExport: boolean },
): ContactFormMode;
export declare function contactFormNotice(mode: ContactFormMode): string | undefined;
export declare function contactStoreStop(
  env: Record<string, string | undefined>,
  mode: ContactFormMode,
): string | undefined;
