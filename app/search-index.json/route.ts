import { getAllPosts } from '@/lib/posts/posts';
import { buildSearchIndex } from '@/lib/posts/search';

// Written once at build time, like the pages; /search fetches it when it opens.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchIndex(getAllPosts()));
}
