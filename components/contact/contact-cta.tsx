import { SiteLink } from '@/components/site-link';
import type { Locale } from '@/lib/i18n/locales';
import { siteTexts } from '@/lib/i18n/site-texts';

/** The seed's "Find Out More About Us" band; its words live in content/site.json. */
export function ContactCta({ locale }: { locale: Locale }) {
  const { title, text, button, href } = siteTexts(locale).cta;
  return (
    <section
      aria-labelledby="cta-heading"
      className="not-prose mx-auto mt-16 max-w-6xl px-4 print:hidden"
    >
      <div className="rounded-2xl bg-gradient-to-br from-brand-700 to-accent px-6 py-10 text-center text-white sm:px-12">
        <h2 id="cta-heading" className="text-2xl font-bold sm:text-3xl">
          {title}
        </h2>
        <p className="mx-auto mt-3 max-w-xl text-brand-50">{text}</p>
        <SiteLink
          href={href}
          className="mt-6 inline-flex h-12 items-center rounded-lg border border-transparent bg-white px-6 font-semibold text-brand-800 shadow hover:bg-brand-50"
        >
          {button}
        </SiteLink>
      </div>
    </section>
  );
}
