import { localePath, type Locale } from '../i18n/locales';
import { postModel, type FieldSpec } from './model';

/** The template's excerpt; a post may not be published with it (lib/content-check/check-content.ts). */
export const PLACEHOLDER_EXCERPT =
  'Replace this with one or two sentences that make a reader want to open the post.';

/** The fields a post may leave out (draft is written), each with what the site shows without it. */
function optionalFieldsComment(): string {
  return Object.entries<FieldSpec>(postModel)
    .filter(([name, spec]) => spec.required !== true && name !== 'draft')
    .map(
      ([name, spec]) => `# ${name}: optional — without it, ${spec.ifEmpty ?? 'nothing is shown'}`,
    )
    .join('\n');
}

/**
 * A new post that passes every content check as it is, kept as a draft until the editor is
 * ready: only the fields a post needs, the optional ones listed in comments.
 */
export function newPostSource(title: string, today: string, lang: Locale = 'en'): string {
  const quoted = JSON.stringify(title);
  return `---
title: ${quoted}
date: ${today}
excerpt: "${PLACEHOLDER_EXCERPT}"
draft: true
${optionalFieldsComment()}
---

Write the opening paragraph here. Say what happened and why it matters to our readers.

## A heading for the next part

More text. Link to other pages like [our services](${localePath(lang, '/services')}) or [the contact page](${localePath(lang, '/contact')}).

<Callout type="info">
Remove "draft: true" above when the post is ready to publish.
</Callout>
`;
}
