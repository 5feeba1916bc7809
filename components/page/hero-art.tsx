/**
 * The home hero's picture on wide screens: a laptop and a server joined to a shield, in the
 * brand's colours. Inline SVG (no request, never the page's largest paint) and decorative only.
 */
export function HeroArt({ className = '' }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 420 340"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <defs>
        <linearGradient id="hero-art-brand" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#1d4ed8" />
          <stop offset="1" stopColor="#0891b2" />
        </linearGradient>
      </defs>
      {/* Links between the devices, dashed like a network diagram. */}
      <g className="stroke-brand-300 dark:stroke-slate-600" strokeWidth="3" strokeDasharray="2 9">
        <path d="M150 205 C190 205 190 120 226 120" />
        <path d="M150 230 C205 230 215 258 262 258" />
        <path d="M300 150 L300 218" />
      </g>
      {/* Laptop */}
      <rect
        x="22"
        y="150"
        width="128"
        height="86"
        rx="10"
        className="fill-white stroke-ink dark:fill-slate-900 dark:stroke-slate-300"
        strokeWidth="4"
      />
      <rect
        x="36"
        y="164"
        width="100"
        height="58"
        rx="4"
        className="fill-brand-50 dark:fill-slate-800"
      />
      <path d="M48 182h52M48 196h70M48 210h40" className="stroke-brand-300" strokeWidth="5" />
      <path d="M8 246h156l-12 14H20z" className="fill-ink dark:fill-slate-300" />
      {/* Shield with a tick: security looked after */}
      <path
        d="M300 58l66 24v42c0 42-28 70-66 84-38-14-66-42-66-84V82z"
        fill="url(#hero-art-brand)"
      />
      <path d="M272 128l20 20 38-40" stroke="#fff" strokeWidth="12" />
      {/* Server */}
      <rect
        x="236"
        y="218"
        width="128"
        height="96"
        rx="10"
        className="fill-white stroke-ink dark:fill-slate-900 dark:stroke-slate-300"
        strokeWidth="4"
      />
      <path
        d="M236 250h128M236 282h128"
        className="stroke-ink dark:stroke-slate-300"
        strokeWidth="4"
      />
      <g className="fill-accent">
        <circle cx="258" cy="234" r="5" />
        <circle cx="258" cy="266" r="5" />
        <circle cx="258" cy="298" r="5" />
      </g>
      <path
        d="M282 234h58M282 266h58M282 298h58"
        className="stroke-slate-300 dark:stroke-slate-600"
        strokeWidth="5"
      />
      {/* Nodes where the links meet */}
      <circle cx="226" cy="120" r="7" className="fill-accent" />
      <circle cx="150" cy="205" r="6" className="fill-brand-600 dark:fill-brand-300" />
    </svg>
  );
}
