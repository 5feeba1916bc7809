/**
 * The MDX components of lib/content-model/mdx-components.ts as blocks an editor inserts from the admin's
 * "+" menu, each attribute a form field. The `satisfies` below fails the type check when a
 * component is added there and not here, so the admin offers exactly what the content check allows.
 */
import { fields } from '@keystatic/core';
import { block, mark, wrapper } from '@keystatic/core/content-components';
import {
  ATTRIBUTE_VALUES,
  MDX_COMPONENTS,
  type MdxComponentName,
} from '../content-model/mdx-components';

const calloutTypes = (ATTRIBUTE_VALUES.Callout?.type ?? ['info']).map((value) => ({
  label: value === 'warning' ? 'Warning' : 'Note',
  value,
}));

// The toolbar shows the Button mark by this icon: a rounded button with a pointer.
const buttonIcon = (
  <svg
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    aria-hidden="true"
  >
    <rect x="3" y="6" width="18" height="10" rx="3" />
    <path d="M13 13l5 7 1-3 3-1z" />
  </svg>
);

const languages = [
  { label: 'English', value: 'en' },
  { label: 'Bahasa Melayu', value: 'ms' },
];

const example = (name: MdxComponentName) => `Written as ${MDX_COMPONENTS[name].example}`;

/** Body pictures go beside covers: public/images/posts/<post>/…, written /images/posts/<post>/…. */
/** A picture's size in pixels, kept as the digits the file holds. */
function pixels(label: string) {
  return fields.text({
    label,
    validation: {
      isRequired: true,
      pattern: { regex: /^[1-9]\d*$/, message: 'Whole pixels, such as 1200.' },
    },
  });
}

export function editorComponents(picture: { directory: string; publicPath: string }) {
  return {
    Callout: wrapper({
      label: 'Callout',
      description: `A highlighted note or warning. ${example('Callout')}`,
      schema: {
        type: fields.select({ label: 'Kind', options: calloutTypes, defaultValue: 'info' }),
        title: fields.text({
          label: 'Title',
          description: 'Left empty: "Note" or "Warning".',
        }),
      },
    }),
    Figure: block({
      label: 'Figure',
      description: `A sized picture with a caption. ${example('Figure')}`,
      schema: {
        src: fields.image({ label: 'Picture', ...picture, validation: { isRequired: true } }),
        alt: fields.text({
          label: 'Description',
          description: 'What the picture shows, for people who cannot see it.',
          validation: { isRequired: true },
        }),
        // Text, as editors write it in the file (width="1200"): a number field refused to open
        // such a post at all.
        width: pixels('Width (pixels)'),
        height: pixels('Height (pixels)'),
        caption: fields.text({ label: 'Caption', description: 'Left empty: no caption.' }),
      },
    }),
    YouTube: block({
      label: 'YouTube video',
      description: `A video that loads from YouTube only when clicked. ${example('YouTube')}`,
      schema: {
        id: fields.text({
          label: 'Video',
          description: 'The video’s address as copied from YouTube, or its 11-character id.',
          validation: { isRequired: true },
        }),
        title: fields.text({
          label: 'Title',
          description: 'What the video is about, read out by screen readers.',
          validation: { isRequired: true },
        }),
      },
    }),
    // Written inside a paragraph (`<Button href="/contact">Talk to us</Button>`): in the editor,
    // select the words and press the button icon in the toolbar.
    Button: mark({
      label: 'Button',
      icon: buttonIcon,
      tag: 'a',
      className: 'keystatic-button-mark',
      schema: {
        href: fields.text({
          label: 'Link to',
          description: `A page of this site starting with "/". ${example('Button')}`,
          validation: {
            isRequired: true,
            pattern: {
              regex: /^\/[a-z0-9\-/#?=&]*$/,
              message: 'a page of this site starting with "/"',
            },
          },
        }),
      },
    }),
    CompanyDetails: block({
      label: 'Company details',
      description: `The company's registered name, SSM number, phone, email and address, from Site settings. ${example('CompanyDetails')}`,
      schema: {
        lang: fields.select({ label: 'Language', options: languages, defaultValue: 'en' }),
      },
    }),
    EnquiryHandling: block({
      label: 'How enquiries are kept',
      description: `Where enquiries are stored, who emails them and how long they are kept, from the site's setup. ${example('EnquiryHandling')}`,
      schema: {
        lang: fields.select({ label: 'Language', options: languages, defaultValue: 'en' }),
      },
    }),
    ContactCta: block({
      label: 'Contact box',
      description: `The phone number and a link to the contact form. ${example('ContactCta')}`,
      schema: {},
    }),
  } satisfies Record<MdxComponentName, unknown>;
}
