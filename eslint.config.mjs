import { createRequire } from 'node:module';

// typescript-eslint 8 refuses to load under TypeScript 7 (the native compiler we type-check and
// build with). Microsoft ships the TS 6 API side by side as @typescript/typescript6 for tools like
// it, so while this config loads, `require('typescript')` answers with that package instead.
const require = createRequire(import.meta.url);
const Module = require('node:module');
const ts6 = require.resolve('@typescript/typescript6');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTypeScript6(request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? ts6 : request, ...rest);
};

const { default: nextCoreWebVitals } = await import('eslint-config-next/core-web-vitals');
const { default: nextTypescript } = await import('eslint-config-next/typescript');

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.contentlayer/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench/.work/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
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
