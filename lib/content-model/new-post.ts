import { localePath, type Locale } from '../i18n/locales';
import { adminFile } from './admin-format';
import { postModel } from './model';

/** The template's excerpt; a post may not be published with it (lib/content-check/check-content.ts). */
export const PLACEHOLDER_EXCERPT =
  'Replace this with one or two sentences that make a reader want to open the post.';

/**
 * A new post that passes every content check as it is, kept as a draft until the editor is
 * ready: only the fields a post needs, written as the admin writes them (admin-format.ts).
 */
export function newPostSource(title: string, today: string, lang: Locale = 'en'): string {
  const values = { title, date: today, excerpt: PLACEHOLDER_EXCERPT, tags: [], draft: true };
  return adminFile(postModel, values, body(lang));
}

function body(lang: Locale): string {
  return `Write the opening paragraph here. Say what happened and why it matters to our readers.

## A heading for the next part

More text. Link to other pages like [our services](${localePath(lang, '/services')}) or [the contact page](${localePath(lang, '/contact')}).

<Callout type="info">
  Untick "Draft" in the admin, or set "draft: false" above, when the post is ready to publish.
</Callout>
`;
}
