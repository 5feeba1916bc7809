import { z } from 'zod';
import { en } from '../../i18n/dictionary-en';
import { ENQUIRY_FIELDS, LIMITS, type FieldErrors, type RawEnquiry } from './fields';

// The form shows each field's message in the page's language (lib/i18n); these are the English.
const MESSAGES = en.contact.fieldErrors;

// Single-line fields end up in email headers (subject, reply-to): no line breaks, ever, and no
// control or format characters (U+202E would show the subject reversed, U+200B hide a word).
const singleLine = (label: string, max: number) =>
  z
    .string()
    .transform((v) =>
      v
        .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/.test(c) ? ' ' : ''))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));

export const enquirySchema = z.object({
  name: singleLine('Your name', LIMITS.name).pipe(z.string().min(1, MESSAGES.name)),
  email: singleLine('Email', LIMITS.email).pipe(z.email(MESSAGES.email)),
  phone: singleLine('Phone', LIMITS.phone).pipe(
    z.string().regex(/^$|^\+?[\d\s()-]{6,}$/, MESSAGES.phone),
  ),
  company: singleLine('Company', LIMITS.company),
  message: z
    .string()
    .transform((v) => v.replace(/\r\n/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(LIMITS.messageMin, MESSAGES.message)
        .max(LIMITS.message, `Your message can be at most ${LIMITS.message} characters.`),
    ),
});

export type Enquiry = z.infer<typeof enquirySchema>;

export type ValidationResult = { ok: true; enquiry: Enquiry } | { ok: false; errors: FieldErrors };

export function validateEnquiry(raw: RawEnquiry): ValidationResult {
  const result = enquirySchema.safeParse(raw);
  if (result.success) return { ok: true, enquiry: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = ENQUIRY_FIELDS.find((f) => f === issue.path[0]);
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
