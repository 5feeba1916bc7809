import { contactFormOffReason } from '@/lib/contact/http/form-built';
import { privacyPlaceholderNote } from '@/lib/privacy/privacy';

/** On every page of a preview (lib/posts/visibility.ts), so nobody mistakes it for the live site. */
export function PreviewBanner() {
  const formOff = contactFormOffReason();
  const privacy = privacyPlaceholderNote();
  return (
    <div
      role="note"
      aria-label="Preview"
      className="bg-amber-300 px-4 py-2 text-center text-sm font-semibold text-amber-950"
    >
      Preview: this is not the live site. Drafts and scheduled posts are shown and marked; search
      engines are asked not to index it.{formOff && ` ${formOff}`}
      {privacy && ` ${privacy}`}
    </div>
  );
}
