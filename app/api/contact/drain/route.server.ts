import { handleDrain } from '@/lib/contact/mail/drain';
import { contactFormBuilt } from '@/lib/contact/http/form-built';
import { defaultDeps } from '@/lib/contact/core/submit';

// Vercel's cron calls GET (vercel.json); POST serves anyone draining by hand with curl.
export async function GET(request: Request) {
  if (!contactFormBuilt())
    return Response.json({ ok: false, error: 'Not found.' }, { status: 404 });
  return handleDrain(request, defaultDeps());
}

export const POST = GET;
