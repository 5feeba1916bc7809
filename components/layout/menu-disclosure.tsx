'use client';

import { useEffect, useRef, type ReactNode } from 'react';

const outside = (root: Node, target: EventTarget | null) =>
  target instanceof Node && !root.contains(target);

/**
 * The phone menu's <details>, with what a disclosure lacks for a menu added once scripts run.
 *
 * Why <details> (not a React-state button, nor a `popover`): it opens and closes with no script
 * at all, in every browser, so a tap on a slow phone's first paint or with JavaScript off works;
 * its panel stays in the header's layout (a popover lives in the top layer and would need anchor
 * positioning, not in every browser yet, to hang under the header); and browsers expose its
 * <summary> as a button with its expanded state. The browser owns `open` from the first paint
 * on, so this component only reads and clears it, and never re-renders.
 */
export function MenuDisclosure({
  className,
  children,
}: {
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    // A tap anywhere else on the page closes the menu, as on every phone site.
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && outside(details, event.target)) details.open = false;
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  return (
    <details
      ref={ref}
      className={className}
      // A visitor may open it before hydration: React has no `open` to compare, and must keep it.
      suppressHydrationWarning
      // Tabbing on past the last link would leave focus under the open panel, out of sight.
      onBlur={(event) => {
        if (outside(event.currentTarget, event.relatedTarget)) event.currentTarget.open = false;
      }}
      // A link followed inside the site keeps the header (client navigation): close it.
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('a')) {
          event.currentTarget.open = false;
        }
      }}
    >
      {children}
    </details>
  );
}
