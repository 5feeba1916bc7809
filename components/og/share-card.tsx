import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';

/**
 * The branded 1200×630 card behind every share image, drawn by Satori (share-image.ts) in the
 * site's Inter, 400 and 600. Inline styles only: Satori knows no classes.
 *
 * A flat background with one accent band, not a full-card gradient: the gradient made every PNG
 * twice the bytes (109 → 58 KB) and each card ~30% slower to draw, which for 1,000 posts is
 * seconds of drawing for a difference nobody sees in a link preview.
 */

/** The logo's width and height on the card, in pixels. */
export const LOGO_SIZE = 72;

const BRAND = { ink: '#0b1b36', cyan: '#0891b2', sky: '#bae6fd' } as const;

type ShareCardProps = {
  /** An image URL Satori can draw, LOGO_SIZE square (a PNG data URI keeps each card cheap). */
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
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        color: 'white',
        fontFamily: 'Inter',
        backgroundColor: BRAND.ink,
        borderBottom: `16px solid ${BRAND.cyan}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image. */}
        <img src={logo} width={LOGO_SIZE} height={LOGO_SIZE} alt="" />
        <span style={{ fontSize: 36, fontWeight: 600, letterSpacing: -0.5 }}>{siteName}</span>
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: size,
          fontWeight: 600,
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
