import type { Metadata } from 'next';
import { AdminProblems } from '@/components/problems/admin-problems';
import { KeystaticAdmin } from '../keystatic-admin';

// Only in builds that include the editor (next.config.ts); never for search engines.
export const metadata: Metadata = {
  title: 'Edit the site',
  robots: { index: false, follow: false },
};

// Its own root layout (../layout.tsx): the site's header and footer are not rendered here.
export default function EditorPage() {
  return (
    // The problem band above the admin, which fills the rest of the window.
    <div className="fixed inset-0 flex flex-col bg-white">
      <AdminProblems />
      <div className="relative min-h-0 flex-1 overflow-auto">
        <KeystaticAdmin />
      </div>
    </div>
  );
}
