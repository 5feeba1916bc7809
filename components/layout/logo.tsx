import { StaticImage } from '@/components/media/static-image';
import { SiteLink } from '@/components/site-link';

type LogoProps = { name: string; href: string; label: string; alt: string };

/** The mark lives once, in public/logo.svg; it is also the favicon and the JSON-LD logo. */
export function Logo({ name, href, label, alt }: LogoProps) {
  return (
    <SiteLink href={href} className="flex items-center gap-2.5 rounded-md" aria-label={label}>
      <StaticImage src="/logo.svg" alt={alt} width={40} height={40} loading="eager" unoptimized />
      <span className="text-lg font-bold tracking-tight text-ink dark:text-white">{name}</span>
    </SiteLink>
  );
}
