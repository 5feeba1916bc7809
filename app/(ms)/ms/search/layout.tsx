import type { ReactNode } from 'react';
import { FixedFrame } from '@/components/views/fixed-page-view';
import { searchPath } from '@/lib/site/routes';

// A page with an island of its own gets the site's frame from this layout, not from the page:
// the header's islands then load in the very chunk every other page's do, and the pages it links
// to cost no second copy of them to prefetch (docs/performance.md, "The bilingual site").
export default function Frame({ children }: { children: ReactNode }) {
  return (
    <FixedFrame path={searchPath('ms')} locale={'ms'}>
      {children}
    </FixedFrame>
  );
}
