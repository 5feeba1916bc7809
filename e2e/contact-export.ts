import { spawnSync } from 'node:child_process';
import { expect } from '@playwright/test';

/** The enquiries the running server stored, read the way marketing does. */
export function exported(...flags: string[]): string {
  const child = spawnSync(
    'npx',
    ['tsx', 'scripts/contact-export.ts', '--format', 'json', ...flags],
    {
      env: { ...process.env, CONTACT_DB: process.env.E2E_CONTACT_DB },
      encoding: 'utf8',
    },
  );
  expect(child.status, child.stderr).toBe(0);
  return child.stdout;
}
