import { CloseIcon, MenuIcon } from '@/components/icons';
import { MenuDisclosure } from './menu-disclosure';
import { NavLink } from './nav-link';

type MainNavProps = {
  items: ReadonlyArray<{ label: string; href: string }>;
  /** The language's home page: marked current on itself only, not on every page below it. */
  home: string;
  /** Only in the phone's list: from md up the header shows it as an icon beside the bar. */
  phoneOnly: { label: string; href: string };
  menuLabel: string;
  navLabel: string;
};

/**
 * The main navigation, once for every screen (menu-disclosure.tsx says how): the phone's Menu
 * button and its panel, and from md up the bar of links. Its classes are in app/globals.css.
 */
export function MainNav({ items, home, phoneOnly, menuLabel, navLabel }: MainNavProps) {
  return (
    <MenuDisclosure>
      {/* A visitor may open it before hydration: React has no `open` to compare, and must keep it. */}
      <details className="group peer md:hidden" suppressHydrationWarning>
        {/* No marker: Tailwind's flex drops the list-item triangle, Safari needs its own rule. */}
        <summary className="menu-button">
          {/* CSS picks the icon from the open state, so it is right before any script runs. */}
          <MenuIcon className="h-5 w-5 group-open:hidden" />
          <CloseIcon className="hidden h-5 w-5 group-open:block" />
          {/* The name stays "Menu" (the expanded state says whether it is open); below 380 px only
              screen readers get the word, leaving the logo the room. */}
          <span className="max-[379px]:sr-only">{menuLabel}</span>
        </summary>
      </details>
      <nav aria-label={navLabel} className="main-nav">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} label={item.label} exact={item.href === home} />
            </li>
          ))}
          <li className="md:hidden">
            <NavLink href={phoneOnly.href} label={phoneOnly.label} />
          </li>
        </ul>
      </nav>
    </MenuDisclosure>
  );
}
