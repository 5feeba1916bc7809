import { getSite } from '../../site/site';
import { readCapped } from './request-body';
import { isCrossSite } from './same-origin';
import { clientKeyFrom } from '../core/client-key';
import { submitEnquiry, type SubmitDeps, type SubmitOutcome } from '../core/submit';

export const MAX_BODY_BYTES = 32 * 1024;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

export const methodNotAllowed = () =>
  json(405, { ok: false, error: 'Use POST to send an enquiry.' }, { Allow: 'POST' });

type Parsed = { fields: Record<string, unknown> } | { response: Response };

async function readFields(request: Request): Promise<Parsed> {
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const isJson = type === 'application/json';
  const isForm = type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data';
  if (!isJson && !isForm) {
    return {
      response: json(415, {
        ok: false,
        error: 'Send JSON (application/json) or a form (application/x-www-form-urlencoded).',
      }),
    };
  }
  const read = await readCapped(request, MAX_BODY_BYTES);
  if ('tooLarge' in read)
    return {
      response: json(413, {
        ok: false,
        error: `An enquiry can be at most ${MAX_BODY_BYTES / 1024} KB.`,
      }),
    };
  const body = read.bytes;
  try {
    if (type === 'multipart/form-data') {
      const form = await new Response(body, {
        headers: { 'content-type': request.headers.get('content-type') ?? '' },
      }).formData();
      return {
        fields: Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')),
      };
    }
    const text = new TextDecoder().decode(body);
    if (isForm) return { fields: Object.fromEntries(new URLSearchParams(text)) };
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return { fields: Object.fromEntries(Object.entries(parsed)) };
  } catch {
    return {
      response: json(400, {
        ok: false,
        error: 'The request body could not be read. Send a JSON object with the enquiry fields.',
      }),
    };
  }
}

/** POST /api/contact: the same validation and storage as the form, for integrations and tests. */
export async function handleContactPost(
  request: Request,
  deps?: SubmitDeps,
): Promise<{ response: Response; stored: boolean }> {
  if (isCrossSite(request.headers)) {
    // Before the body is read: a page elsewhere learns nothing and costs us nothing.
    await request.body?.cancel().catch(() => undefined);
    return {
      response: json(403, {
        ok: false,
        error: `Enquiries can only be sent from our own contact page. Please use the form at /contact, or call us on ${getSite().phone}.`,
      }),
      stored: false,
    };
  }
  const parsed = await readFields(request);
  if ('response' in parsed) return { response: parsed.response, stored: false };
  let outcome: SubmitOutcome;
  try {
    outcome = await submitEnquiry(parsed.fields, clientKeyFrom(request.headers), deps);
  } catch (error) {
    // The store refused it (a full disk, a database that is down): say so, as the form does.
    console.error('contact: could not store an enquiry', error);
    const error503 = `We could not save your enquiry just now. Please try again in a few minutes, or call us on ${getSite().phone}.`;
    return { response: json(503, { ok: false, error: error503 }), stored: false };
  }
  switch (outcome.kind) {
    case 'rate-limited':
      return {
        response: json(
          429,
          {
            ok: false,
            error:
              (outcome.scope === 'site'
                ? 'We are receiving more enquiries than usual and cannot take yours just now.'
                : 'Too many enquiries from this address.') +
              ` Please try again later, or call us on ${getSite().phone}.`,
          },
          { 'Retry-After': String(outcome.retryAfterSeconds) },
        ),
        stored: false,
      };
    case 'invalid':
      return { response: json(422, { ok: false, errors: outcome.errors }), stored: false };
    case 'stored':
      // Spam gets the same answer as a real enquiry, so bots learn nothing.
      return {
        response: json(201, { ok: true, id: outcome.id }),
        stored: !outcome.spam && !outcome.again,
      };
  }
}
