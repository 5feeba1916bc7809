import { NextResponse, type NextRequest } from 'next/server';
import { isCrossSite } from '@/lib/contact/http/same-origin';

// Next's documented request hook (proxy, formerly middleware), in the server build only (the
// `.server.ts` extension: a static export has no form). Next answers a contact form post from
// another site, or a body it cannot read, with a 500 of its own; this answers those first with a
// 403, 415, 413 or 400 in words.
export async function proxy(request: NextRequest) {
  if (request.method !== 'POST') return NextResponse.next();
  if (isCrossSite(request.headers))
    return plain(
      403,
      'Enquiries can only be sent from our own contact page. Please use the form at /contact.',
    );
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const forms = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];
  if (!type || !forms.includes(type))
    return plain(415, 'The contact form sends a form; this request sent something else.');
  // Next's own limit for a Server Action's body (serverActions.bodySizeLimit, 1 MB by default).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ACTION_BYTES)
    return plain(413, 'An enquiry is far smaller than this request.');
  if (!(await readable(request, type)))
    return plain(400, 'The form could not be read. Please send it again from /contact.');
  return NextResponse.next();
}

const MAX_ACTION_BYTES = 1024 * 1024;

/** Whether the body parses as what it says it is (a form, or the JSON text a script sends). */
async function readable(request: NextRequest, type: string): Promise<boolean> {
  try {
    if (type === 'text/plain') JSON.parse(await request.text());
    else await request.formData();
    return true;
  } catch {
    return false;
  }
}

const plain = (status: number, text: string) =>
  new NextResponse(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export const config = { matcher: '/contact' };
