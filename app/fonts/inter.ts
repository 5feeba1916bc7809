import localFont from 'next/font/local';

// Inter from the @fontsource-variable/inter package, cut to the weights the site uses by
// scripts/font-subset.mjs: no network at build, no layout shift.
export const inter = localFont({
  src: './inter-latin-400-900.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '400 900',
});
