import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OG_IMAGE_SIZE } from '@/lib/seo';

/**
 * The branded 1200×630 card behind every share image, drawn by next/og (Satori) at build time.
 * Satori reads only TTF/OTF/WOFF fonts and the site's Inter ships as WOFF2, so the card uses the
 * font next/og bundles (Geist). Inline styles only: Satori knows no classes.
 *
 * A flat background with one accent band, not a full-card gradient: the gradient made every PNG
 * twice the bytes (109 → 58 KB) and each card ~30% slower to draw, which at 1,000 posts is
 * seconds of build time for a difference nobody sees in a link preview.
 */

const BRAND = { ink: '#0b1b36', cyan: '#0891b2', sky: '#bae6fd' } as const;

let logo: Promise<string> | undefined;

/** The logo as a data URI, read once per process: a build draws a card per post. */
export function logoDataUri(): Promise<string> {
  logo ??= readFile(join(process.cwd(), 'public', 'logo.svg')).then(
    (svg) => `data:image/svg+xml;base64,${svg.toString('base64')}`,
  );
  return logo;
}

type ShareCardProps = {
  logo: string;
  siteName: string;
  /** The big line: a post's title, or the site's tagline. */
  title: string;
  /** Small print under the title, e.g. "08 Mar 2021 · Security · Microsoft". */
  footer: string;
};

export function ShareCard({ logo, siteName, title, footer }: ShareCardProps) {
  const size = title.length > 70 ? 56 : 68;
  return (
    <div
      style={{
        ...OG_IMAGE_SIZE,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        color: 'white',
        backgroundColor: BRAND.ink,
        borderBottom: `16px solid ${BRAND.cyan}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image. */}
        <img src={logo} width={72} height={72} alt="" />
        <span style={{ fontSize: 36, letterSpacing: -0.5 }}>{siteName}</span>
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: size,
          lineHeight: 1.15,
          letterSpacing: -1,
          maxHeight: size * 1.15 * 4,
          overflow: 'hidden',
        }}
      >
        {title}
      </div>
      <div
        style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 28, color: BRAND.sky }}
      >
        <div style={{ width: 48, height: 6, borderRadius: 3, backgroundColor: BRAND.sky }} />
        {footer}
      </div>
    </div>
  );
}
