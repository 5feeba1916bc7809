import type { Metadata } from 'next';
import { KeystaticAdmin } from '../keystatic-admin';

// Only in builds that include the editor (next.config.ts); never for search engines.
export const metadata: Metadata = {
  title: 'Edit the site',
  robots: { index: false, follow: false },
};

// Its own root layout (../layout.tsx): the site's header and footer are not rendered here.
export default function EditorPage() {
  return <KeystaticAdmin />;
}
