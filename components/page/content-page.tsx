import type { ReactNode } from 'react';
import { MdxContent } from '@/components/mdx/mdx-content';
import type { PageContent } from '@/lib/pages';

type ContentPageProps = { page: PageContent; aside?: ReactNode; children?: ReactNode };

/** The shared frame of the copy pages (About, Services, Contact): heading, lead, MDX body. */
export function ContentPage({ page, aside, children }: ContentPageProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight text-ink">{page.heading}</h1>
      {page.lead && <p className="mt-4 max-w-2xl text-lg text-slate-700">{page.lead}</p>}
      <div className={aside ? 'mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]' : 'mt-10'}>
        <div>
          <MdxContent source={page.body} />
          {children}
        </div>
        {aside}
      </div>
    </div>
  );
}
