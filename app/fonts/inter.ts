import localFont from 'next/font/local';

// Shipped from the @fontsource-variable/inter package: no network at build, no layout shift.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
});
