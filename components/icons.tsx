import type { ReactNode } from 'react';

/** The site's line icons: 24-unit grid, current text colour, hidden from screen readers. */
function StrokeIcon({ className, children }: { className: string; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      {children}
    </svg>
  );
}

type IconProps = { className?: string };

export const ClockIcon = ({ className = 'h-4 w-4 shrink-0' }: IconProps) => (
  <StrokeIcon className={className}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </StrokeIcon>
);

export const PhoneIcon = ({ className = 'h-4 w-4 shrink-0' }: IconProps) => (
  <StrokeIcon className={className}>
    <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />
  </StrokeIcon>
);

export const SearchIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <StrokeIcon className={className}>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </StrokeIcon>
);

export const MenuIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <StrokeIcon className={className}>
    <path d="M4 7h16M4 12h16M4 17h16" />
  </StrokeIcon>
);

export const CloseIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <StrokeIcon className={className}>
    <path d="M6 6l12 12M18 6L6 18" />
  </StrokeIcon>
);

export const MoonIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <StrokeIcon className={className}>
    <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
  </StrokeIcon>
);

export const SunIcon = ({ className = 'h-5 w-5' }: IconProps) => (
  <StrokeIcon className={className}>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </StrokeIcon>
);
