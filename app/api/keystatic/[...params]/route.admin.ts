import { makeRouteHandler } from '@keystatic/next/route-handler';
import config from '@/keystatic.config';

// Reads and writes content/ in `next dev`; signs in to GitHub and commits there in production.
export const { GET, POST } = makeRouteHandler({ config });
