import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import { ContactCta } from '@/components/contact/contact-cta';
import { SiteLink } from '@/components/site-link';
import type { MdxComponentName } from '@/lib/content-model/mdx-components';
import { Button } from './button';
import { Callout } from './callout';
import { CompanyDetails } from './company-details';
import { EnquiryHandling } from './enquiry-handling';
import { Figure } from './figure';
import { Table } from './table';
import { List, TaskCheckbox } from './task-list';
import { YouTube } from './youtube';

function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if ((href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#')) {
    return (
      <SiteLink href={href} {...rest}>
        {children}
      </SiteLink>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

function BodyImage({ alt = '', ...rest }: ComponentPropsWithoutRef<'img'>) {
  // eslint-disable-next-line @next/next/no-img-element -- Markdown images have no known size; <Figure> is the sized, optimised option.
  return <img alt={alt} loading="lazy" decoding="async" {...rest} />;
}

// Typed against lib/content-model/mdx-components.ts, so the content check and the renderer agree on names.
const editorComponents = {
  Button,
  Callout,
  CompanyDetails,
  ContactCta,
  EnquiryHandling,
  Figure,
  YouTube,
} satisfies Record<MdxComponentName, ComponentType<never>>;

/** The one component map every MDX body renders with. */
export const mdxComponents = {
  a: Anchor,
  img: BodyImage,
  // GitHub-flavoured Markdown's tables and checklists (lib/content-model/markdown-syntax.ts).
  table: Table,
  ul: List,
  input: TaskCheckbox,
  ...editorComponents,
};
