import { handleContactPost, methodNotAllowed } from '@/lib/contact/http';
import { notifyAfterResponse } from '@/lib/contact/notify';
import { defaultDeps } from '@/lib/contact/submit';

// Only in the server build: `npm run build:static` leaves this file out (see next.config.mjs).
export async function POST(request: Request) {
  const deps = defaultDeps();
  const { response, stored } = await handleContactPost(request, deps);
  if (stored) notifyAfterResponse(deps);
  return response;
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
