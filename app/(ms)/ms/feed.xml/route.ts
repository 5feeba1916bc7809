import { feedResponse } from '@/lib/i18n/responses';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse('ms', 'rss');
}
