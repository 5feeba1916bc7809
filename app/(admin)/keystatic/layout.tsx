import type { ReactNode } from 'react';
import '../../globals.css';

/**
 * The browser editor's own root layout: Keystatic's app and nothing of the site's (no header,
 * footer or theme script), the way Next gives a section its own document (route groups).
 */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
