import { StaticImage } from '@/components/media/static-image';
import { SiteLink } from '@/components/site-link';

type LogoProps = { name: string };

/** The mark lives once, in public/logo.svg; it is also the favicon and the JSON-LD logo. */
export function Logo({ name }: LogoProps) {
  return (
    <SiteLink href="/" className="flex items-center gap-2.5 rounded-md" aria-label={`${name} home`}>
      <StaticImage
        src="/logo.svg"
        alt={`${name} logo`}
        width={40}
        height={40}
        loading="eager"
        unoptimized
      />
      <span className="text-lg font-bold tracking-tight text-ink dark:text-white">{name}</span>
    </SiteLink>
  );
}
