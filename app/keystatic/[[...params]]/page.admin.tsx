import type { Metadata } from 'next';
import { AdminProblems } from '@/components/problems/admin-problems';
import { KeystaticAdmin } from '../keystatic-admin';

// Only in builds that include the editor (next.config.ts); never for search engines.
export const metadata: Metadata = {
  title: 'Edit the site',
  robots: { index: false, follow: false },
};

// The root layout's header and footer stay underneath: the admin covers the whole window.
export default function EditorPage() {
  return (
    <div className="fixed inset-0 z-50 flex flex-col bg-white">
      <AdminProblems />
      <div className="relative min-h-0 flex-1 overflow-auto">
        <KeystaticAdmin />
      </div>
    </div>
  );
}
