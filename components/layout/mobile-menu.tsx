'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { MenuIcon } from '@/components/icons';
import { NavLink } from './nav-link';

type MobileMenuProps = {
  items: ReadonlyArray<{ label: string; href: string }>;
};

export function MobileMenu({ items }: MobileMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    // A tap anywhere else on the page closes the menu, as on every phone site.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    // data-needs-js: hidden when scripts are off (site-header.tsx shows plain links instead).
    <div ref={rootRef} className="md:hidden" data-needs-js>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex h-11 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-semibold text-ink dark:border-slate-600 dark:text-slate-100"
      >
        <MenuIcon open={open} />
        {/* The name stays "Menu" (aria-expanded says whether it is open); on the narrowest
            phones only screen readers get the word, so the logo keeps one line. */}
        <span className="max-[379px]:sr-only">Menu</span>
      </button>
      <nav
        id={panelId}
        aria-label="Main"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white shadow-lg dark:border-slate-800 dark:bg-slate-900"
      >
        <ul className="mx-auto max-w-6xl px-4 py-2">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink
                href={item.href}
                label={item.label}
                onNavigate={() => setOpen(false)}
                className="block rounded-md px-3 py-3 text-base font-medium text-slate-800 hover:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-[current=page]:text-brand-300"
              />
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
