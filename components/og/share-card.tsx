import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OG_IMAGE_SIZE } from '@/lib/seo';

/**
 * The branded 1200×630 card behind every share image, drawn by next/og (Satori) at build time.
 * Satori reads only TTF/OTF/WOFF fonts and the site's Inter ships as WOFF2, so the card uses the
 * font next/og bundles (Geist). Inline styles only: Satori knows no classes.
 */

const BRAND = { ink: '#0b1b36', blue: '#1e40af', cyan: '#0891b2', sky: '#bae6fd' } as const;

export async function logoDataUri(): Promise<string> {
  const svg = await readFile(join(process.cwd(), 'public', 'logo.svg'));
  return `data:image/svg+xml;base64,${svg.toString('base64')}`;
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
        backgroundImage: `linear-gradient(135deg, ${BRAND.ink} 0%, ${BRAND.blue} 70%, ${BRAND.cyan} 100%)`,
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
