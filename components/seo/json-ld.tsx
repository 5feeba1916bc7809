import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines: data, not code, so a plain <script> (not next/script). */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
