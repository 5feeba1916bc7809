import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// The house plan (README, "Architecture"): which rooms may import which. eslint-plugin-import
// comes with eslint-config-next, and so does its TypeScript resolver for "@/" paths.
const rooms = {
  files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: ['./lib/site', './lib/posts', './lib/seo', './lib/content-model', './lib/i18n'],
            from: ['./lib/content-check', './lib/editor'],
            message:
              'The site, posts, SEO and the content model never depend on the check or the admin.',
          },
          {
            target: './lib',
            from: ['./app', './components'],
            message: 'lib/ hands plain data to pages and components; it never imports them.',
          },
          {
            target: './components',
            from: [
              './lib/contact/store',
              './lib/contact/mail',
              './lib/content-check',
              './lib/editor',
            ],
            message:
              'Components present data; stores, mail, the check and the admin stay behind lib/ and app/.',
          },
          {
            target: ['./lib', './app', './components'],
            from: ['./tests', './e2e', './bench', './scripts'],
            message: 'The product never imports its tests, benchmarks or commands.',
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-server/**',
      '.contentlayer/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench/.work/**',
      '.vercel/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  rooms,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
];

export default config;
