import type { ContactFormMode } from './contact/form-switch.mjs';

export declare const PLACEHOLDER_MARK: string;
export declare function mailHost(env: Record<string, string | undefined>): string | undefined;
export declare function privacyStop(mode: ContactFormMode, contentDir: string): string | undefined;
export declare function privacyWarnings(options: {
  env: Record<string, string | undefined>;
  contentDir: string;
  form: boolean;
}): string[];
