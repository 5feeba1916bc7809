import { CloseIcon, MenuIcon } from '@/components/icons';
import { MenuDisclosure } from './menu-disclosure';
import { NavLink } from './nav-link';

type MobileMenuProps = {
  items: ReadonlyArray<{ label: string; href: string }>;
};

/** The phone's menu: a native disclosure (menu-disclosure.tsx says why), drawn on the server. */
export function MobileMenu({ items }: MobileMenuProps) {
  return (
    <MenuDisclosure className="group md:hidden">
      {/* No marker: Tailwind's flex drops the list-item triangle, Safari needs its own rule. */}
      <summary className="flex h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-semibold text-ink select-none dark:border-slate-600 dark:text-slate-100 [&::-webkit-details-marker]:hidden">
        {/* CSS picks the icon from the open state, so it is right before any script runs. */}
        <MenuIcon className="h-5 w-5 group-open:hidden" />
        <CloseIcon className="hidden h-5 w-5 group-open:block" />
        {/* The name stays "Menu" (the expanded state says whether it is open); below 380 px only
            screen readers get the word, leaving the logo the room. */}
        <span className="max-[379px]:sr-only">Menu</span>
      </summary>
      <nav
        aria-label="Main"
        className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white shadow-lg dark:border-slate-800 dark:bg-slate-900"
      >
        <ul className="mx-auto max-w-6xl px-4 py-2">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink
                href={item.href}
                label={item.label}
                className="block rounded-md px-3 py-3 text-base font-medium text-slate-800 hover:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-[current=page]:text-brand-300"
              />
            </li>
          ))}
        </ul>
      </nav>
    </MenuDisclosure>
  );
}
