import type { Metadata } from 'next';
import { KeystaticAdmin } from '../keystatic-admin';

// Only in builds that include the editor (next.config.ts); never for search engines.
export const metadata: Metadata = {
  title: 'Edit the site',
  robots: { index: false, follow: false },
};

// The root layout's header and footer stay underneath: the admin covers the whole window.
export default function EditorPage() {
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-white">
      <KeystaticAdmin />
    </div>
  );
}
