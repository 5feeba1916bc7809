import nodemailer from 'nodemailer';
import { site } from '../site';
import type { ContactConfig } from './config';
import type { StoredEnquiry } from './store';

export type Mailer = { send(enquiry: StoredEnquiry): Promise<void> };

/** Undefined when SMTP_URL or CONTACT_TO is not set: enquiries then wait, stored, in the outbox. */
export function createMailer(config: ContactConfig): Mailer | undefined {
  const { smtpUrl, to } = config;
  if (!smtpUrl || !to) return undefined;
  const transport = nodemailer.createTransport(smtpUrl);
  const from = config.from ?? to;
  return {
    async send(enquiry) {
      // Values go in as structured fields, never spliced into header text, so a visitor cannot add
      // headers; the schema has already removed line breaks from every single-line field.
      await transport.sendMail({
        from: { name: `${site.name} website`, address: from },
        to,
        replyTo: { name: enquiry.name, address: enquiry.email },
        subject: `Website enquiry from ${enquiry.name}${enquiry.company ? ` (${enquiry.company})` : ''}`,
        text: enquiryText(enquiry),
        headers: { 'X-Enquiry-Id': enquiry.id },
      });
    },
  };
}

export function enquiryText(e: StoredEnquiry): string {
  return [
    `A new enquiry came in through the website contact form.`,
    '',
    `Name:    ${e.name}`,
    `Email:   ${e.email}`,
    `Phone:   ${e.phone || '(not given)'}`,
    `Company: ${e.company || '(not given)'}`,
    `Sent:    ${e.createdAt}`,
    `Ref:     ${e.id}`,
    '',
    e.message,
    '',
    '— Reply to this email to answer the visitor directly.',
  ].join('\n');
}
