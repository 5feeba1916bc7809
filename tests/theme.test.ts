import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { storedTheme, themeScript } from '@/lib/theme';

/** Runs the <head> script against a fake browser; returns whether <html> ends up dark. */
function run(stored: string | null, systemDark: boolean, storageThrows = false): boolean {
  const classes = new Set<string>();
  runInNewContext(themeScript, {
    localStorage: {
      getItem: () => {
        if (storageThrows) throw new Error('SecurityError');
        return stored;
      },
    },
    window: { matchMedia: (query: string) => ({ matches: systemDark && query.includes('dark') }) },
    document: {
      documentElement: {
        classList: {
          toggle: (name: string, force: boolean) =>
            force ? classes.add(name) : classes.delete(name),
        },
      },
    },
  });
  return classes.has('dark');
}

describe('theme script (runs before the first paint)', () => {
  it('follows the system until the visitor chooses', () => {
    expect(run(null, true)).toBe(true);
    expect(run(null, false)).toBe(false);
  });

  it('keeps the stored choice over the system setting', () => {
    expect(run('light', true)).toBe(false);
    expect(run('dark', false)).toBe(true);
  });

  it('ignores junk in storage, and follows the system when storage is blocked', () => {
    expect(run('purple', true)).toBe(true);
    expect(() => run(null, true, true)).not.toThrow();
    expect(run(null, true, true)).toBe(true);
    expect(run(null, false, true)).toBe(false);
  });

  it('is small, self-contained ES5', () => {
    expect(themeScript.length).toBeLessThan(300);
    expect(themeScript).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });

  it('reads only valid stored values, and none from blocked storage', () => {
    expect(storedTheme({ getItem: () => 'dark' })).toBe('dark');
    expect(storedTheme({ getItem: () => 'sepia' })).toBeUndefined();
    const blocked = () => {
      throw new Error('SecurityError');
    };
    expect(storedTheme({ getItem: blocked })).toBeUndefined();
  });
});
