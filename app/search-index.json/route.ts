import { searchIndexResponse } from '@/lib/i18n/responses';

// Written once at build time, like the pages; /search fetches it when it opens.
export const dynamic = 'force-static';

export function GET() {
  return searchIndexResponse('en');
}
