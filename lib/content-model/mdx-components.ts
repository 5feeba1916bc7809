/**
 * The MDX components editors may use, with the attributes each needs. components/mdx/ must
 * provide exactly these (its type says so), and the content check rejects anything else.
 */
export const MDX_COMPONENTS = {
  Button: { required: ['href'], example: '<Button href="/contact">Talk to us</Button>' },
  Callout: {
    required: [],
    example: '<Callout type="warning">Back up before you update.</Callout>',
  },
  CompanyDetails: { required: [], example: '<CompanyDetails lang="en" />' },
  ContactCta: { required: [], example: '<ContactCta />' },
  EnquiryHandling: { required: [], example: '<EnquiryHandling lang="ms" />' },
  Figure: {
    required: ['src', 'alt', 'width', 'height'],
    example:
      '<Figure src="/images/posts/rack.png" alt="A patched server rack" width="1200" height="800" caption="Our data room" />',
  },
  YouTube: {
    required: ['id', 'title'],
    example: '<YouTube id="dQw4w9WgXcQ" title="How to enable the tab dialog" />',
  },
} as const satisfies Record<string, { required: readonly string[]; example: string }>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** Allowed values of attributes that take one of a few words. */
export const ATTRIBUTE_VALUES: Record<string, Record<string, readonly string[]>> = {
  Callout: { type: ['info', 'warning'] },
  CompanyDetails: { lang: ['en', 'ms'] },
  EnquiryHandling: { lang: ['en', 'ms'] },
};
