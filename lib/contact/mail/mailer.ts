import nodemailer from 'nodemailer';
import { timeZoneLabel } from '../../site/hours';
import { dateParts } from '../../site/zone-clock';
import { getSite } from '../../site/site';
import type { ContactConfig } from '../core/config';
import type { StoredEnquiry } from '../store/store';

export type Mailer = { send(enquiry: StoredEnquiry): Promise<void> };

/** Undefined when SMTP_URL or CONTACT_TO is not set: enquiries then wait, stored, in the outbox. */
export function createMailer(config: ContactConfig): Mailer | undefined {
  const { smtpUrl, to } = config;
  if (!smtpUrl || !to) return undefined;
  // nodemailer reads "smtp.host.com" as no host at all and tries localhost: say what is wrong.
  const problem = smtpUrlProblem(smtpUrl);
  if (problem)
    return {
      async send() {
        throw new Error(problem);
      },
    };
  // Bounded waits (nodemailer's defaults allow 2 min to connect and 10 min of silence): the
  // outbox claims a few enquiries at a time for CLAIM_MS, and must finish them within it.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const from = config.from ?? to;
  return {
    async send(enquiry) {
      // Values go in as structured fields, never spliced into header text, so a visitor cannot add
      // headers; the schema has already removed line breaks from every single-line field.
      await transport.sendMail({
        from: { name: `${getSite().name} website`, address: from },
        to,
        replyTo: { name: enquiry.name, address: enquiry.email },
        subject: `Website enquiry from ${enquiry.name}${enquiry.company ? ` (${enquiry.company})` : ''}`,
        text: enquiryText(enquiry),
        // The same id on every send of one enquiry: a resend after a crash between the mail
        // server's accept and the store's update is the same message to mail clients.
        messageId: enquiryMessageId(enquiry.id, from),
        // The exact moment stays machine-readable here; the body says it in the company's time.
        headers: { 'X-Enquiry-Id': enquiry.id, 'X-Enquiry-Created-At': enquiry.createdAt },
      });
    },
  };
}

/** `<enquiry-id@sender's domain>`: derived from the enquiry alone, never random. */
export function enquiryMessageId(id: string, from: string): string {
  const domain = /@([^@\s>]+)$/.exec(from)?.[1] ?? 'contact.invalid';
  return `<enquiry-${id}@${domain}>`;
}

/** What is wrong with SMTP_URL, in words that never repeat it: it holds the mail password. */
export function smtpUrlProblem(smtpUrl: string): string | undefined {
  const example = 'write it as smtps://user:password@smtp.your-provider.com:465 (see .env.example)';
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    return `SMTP_URL is not an address starting with smtp:// or smtps://: ${example}.`;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    return `SMTP_URL starts with ${url.protocol}// where smtp:// or smtps:// belongs: ${example}.`;
  if (!url.hostname) return `SMTP_URL names no mail server: ${example}.`;
  return undefined;
}

export function enquiryText(e: StoredEnquiry, timeZone: string = getSite().timezone): string {
  return [
    `A new enquiry came in through the website contact form.`,
    '',
    `Name:    ${e.name}`,
    `Email:   ${e.email}`,
    `Phone:   ${e.phone || '(not given)'}`,
    `Company: ${e.company || '(not given)'}`,
    `Sent:    ${companyTime(e.createdAt, timeZone)}`,
    `Ref:     ${e.id}`,
    '',
    e.message,
    '',
    '— Reply to this email to answer the visitor directly.',
  ].join('\n');
}

/**
 * "Sun 29 Nov 2026, 8:01 AM (Malaysia Time)": when the enquiry was made, on the company's clock
 * (content/site.json's timezone), not the server's UTC.
 */
export function companyTime(iso: string, timeZone: string = getSite().timezone): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const part = dateParts(
    'en-US',
    {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    },
    at,
  );
  return (
    `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ` +
    `${part('hour')}:${part('minute')} ${part('dayPeriod').toUpperCase()} (${timeZoneLabel(timeZone, at)})`
  );
}
