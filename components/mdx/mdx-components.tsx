import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { ContactCta } from '@/components/contact/contact-cta';
import { Button } from './button';
import { Callout } from './callout';

function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
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

/** The one component map every MDX body renders with; the names here are what editors may use. */
export const mdxComponents = {
  a: Anchor,
  img: BodyImage,
  Button,
  Callout,
  ContactCta,
};

export type MdxComponentName = Exclude<keyof typeof mdxComponents, 'a' | 'img'>;
