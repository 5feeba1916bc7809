import { dump } from 'js-yaml';
import type { Model } from './model';

/**
 * A content file as the browser editor writes it (Keystatic 0.6: js-yaml's `dump` of the form's
 * values in the model's order, then the body right after the closing `---`). Files written this
 * way, as `npm run new:post` does, come back byte for byte from a save in the admin, so a save
 * changes only what the editor changed (e2e/keystatic-round-trip.dev.spec.ts).
 */
export function adminFile(model: Model, values: Record<string, unknown>, body: string): string {
  const written: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(model)) {
    // The admin leaves out an empty text, date or picture; a checkbox and a list are always there.
    const value = values[name] ?? (spec.kind === 'boolean' ? false : undefined);
    if (value === undefined || value === '') continue;
    written[name] = spec.kind === 'date' && typeof value === 'string' ? calendarDate(value) : value;
  }
  return `---\n${dump(written)}---\n${body}`;
}

/** A day that js-yaml writes bare (2024-05-01), as the admin's date field does, not quoted. */
function calendarDate(day: string): Date {
  return Object.assign(new Date(day), { toISOString: () => day });
}
