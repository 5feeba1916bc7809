import { contactFormBuilt } from '@/lib/contact/http/form-built';
import { handleContactPost, methodNotAllowed } from '@/lib/contact/http/http';
import { notifyAfterResponse } from '@/lib/contact/mail/notify';
import { defaultDeps } from '@/lib/contact/core/submit';
import { site } from '@/lib/site/site';

// Only in the server build: `npm run build:static` leaves this file out (see next.config.ts).
export async function POST(request: Request) {
  // A build without the form (CONTACT_FORM=off, a preview without DATABASE_URL) takes nothing.
  if (!contactFormBuilt())
    return Response.json(
      { ok: false, error: `This site takes enquiries by phone: call us on ${site.phone}.` },
      { status: 404 },
    );
  const deps = defaultDeps();
  const { response, stored } = await handleContactPost(request, deps);
  if (stored) notifyAfterResponse(deps);
  return response;
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
