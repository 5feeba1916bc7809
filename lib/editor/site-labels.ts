/**
 * The admin's names for the settings of content/site.json: its "Site settings" form
 * (editor-site.ts) shows them, and the problem list (problem-list.ts) names a setting by them.
 */
export const SITE_LABELS: Readonly<Record<string, string>> = {
  name: 'Company name',
  legalName: 'Registered company name',
  registrationNumber: 'SSM registration number',
  phone: 'Phone',
  hours: 'Opening hours',
  days: 'Days',
  opens: 'Opens (24-hour, e.g. 09:00)',
  closes: 'Closes (24-hour, e.g. 17:30)',
  social: 'Social links',
  nav: 'Menu',
  href: 'Link to',
  cta: 'The "Find Out More" band',
  button: 'Button text',
  tagLabels: 'Tag labels',
  postalCode: 'Postal code',
  locality: 'Locality (city)',
  region: 'Region (state)',
  ms: 'Bahasa Malaysia: the Malay site’s words',
  // The admin's Redirects page (content/redirects.json), named the same way.
  redirects: 'Redirects',
  from: 'Old address',
  to: 'New address',
};

/** A setting's name in the admin: "phone" → "Phone", "shareImageAlt" → "Share image alt". */
export const siteLabel = (key: string): string =>
  SITE_LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
