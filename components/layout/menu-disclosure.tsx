'use client';

import { useEffect, useRef, type ReactNode } from 'react';

const outside = (root: Node, target: EventTarget | null) =>
  target instanceof Node && !root.contains(target);

/**
 * The phone menu: a native <details> (its <summary> is the Menu button) followed by the one
 * navigation list, which CSS shows as the open panel on phones and as the bar from md up.
 *
 * Why <details> (not a React-state button, nor a `popover`): it opens and closes with no script
 * at all, in every browser, so a tap on a slow phone's first paint or with JavaScript off works
 * (the list follows it and shows when it is open: `peer-open`); the panel stays in the header's
 * layout (a popover lives in the top layer and would need anchor positioning, not in every
 * browser yet); and browsers expose its <summary> as a button with its expanded state. The
 * browser owns `open` from the first paint on, so this component only reads and clears it, and
 * never re-renders. The wrapper is `display: contents`: the header's flex row lays out its parts.
 */
export function MenuDisclosure({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = ref.current;
    const details = root?.querySelector('details');
    if (!root || !details) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    // A tap anywhere else on the page closes the menu, as on every phone site.
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && outside(root, event.target)) details.open = false;
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  const close = (root: HTMLElement) => {
    const details = root.querySelector('details');
    if (details) details.open = false;
  };

  return (
    <div
      ref={ref}
      className="contents"
      // Tabbing on past the last link would leave focus under the open panel, out of sight.
      onBlur={(event) => {
        if (outside(event.currentTarget, event.relatedTarget)) close(event.currentTarget);
      }}
      // A link followed inside the site keeps the header (client navigation): close it.
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('a')) {
          close(event.currentTarget);
        }
      }}
    >
      {children}
    </div>
  );
}
