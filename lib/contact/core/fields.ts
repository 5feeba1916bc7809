// Field names and limits of the enquiry form, without zod, so the browser bundle stays small
// (zod's schema runs on the server only: lib/contact/core/schema.ts).

/** The fields a visitor fills in, in form order. */
export const ENQUIRY_FIELDS = ['name', 'email', 'phone', 'company', 'message'] as const;
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number];

export const LIMITS = {
  name: 100,
  email: 254,
  phone: 30,
  company: 120,
  message: 5000,
  messageMin: 10,
} as const;

export type FieldErrors = Partial<Record<EnquiryField, string>>;
export type RawEnquiry = Record<EnquiryField, string>;

/**
 * Anything a client sent (JSON, a form's entries), reduced to the five fields as strings, missing
 * ones empty. No zod, so the browser can use it too.
 */
export function rawEnquiry(input: Record<string, unknown>): RawEnquiry {
  const text = (key: EnquiryField) => {
    const value = input[key];
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  };
  return {
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    company: text('company'),
    message: text('message'),
  };
}
