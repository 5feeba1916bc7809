import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import { ContactCta } from '@/components/contact/contact-cta';
import { SiteLink } from '@/components/site-link';
import type { MdxComponentName } from '@/lib/content-model/mdx-components';
import { dictionary, type Dictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { Button } from './button';
import { Callout, type CalloutProps } from './callout';
import { CompanyDetails } from './company-details';
import { EnquiryHandling } from './enquiry-handling';
import { Figure } from './figure';
import { Table } from './table';
import { List, TaskCheckbox } from './task-list';
import { YouTube, type YouTubeProps } from './youtube';

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

type Words = Dictionary['body'];

/**
 * The one component map every MDX body renders with, in the body's language: what the site
 * writes inside an article (a box's heading, a table's name, a checkbox's state) and the band a
 * body places itself speak it.
 */
export function mdxComponents(locale: Locale) {
  const words: Words = dictionary(locale).body;
  // Typed against lib/content-model/mdx-components.ts, so the content check and the renderer agree on names.
  const editorComponents = {
    Button,
    Callout: (props: CalloutProps) => <Callout {...props} words={words} />,
    CompanyDetails,
    ContactCta: () => <ContactCta locale={locale} />,
    EnquiryHandling,
    Figure,
    YouTube: (props: YouTubeProps) => <YouTube {...props} words={words} />,
  } satisfies Record<MdxComponentName, ComponentType<never>>;
  return {
    a: Anchor,
    img: BodyImage,
    // GitHub-flavoured Markdown's tables and checklists (lib/content-model/markdown-syntax.ts).
    table: (props: ComponentPropsWithoutRef<'table'>) => <Table {...props} words={words} />,
    ul: List,
    input: (props: ComponentPropsWithoutRef<'input'>) => <TaskCheckbox {...props} words={words} />,
    ...editorComponents,
  };
}
