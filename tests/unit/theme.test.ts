import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { themeScript } from '@/lib/site/theme';

type Listener = (event?: { target: unknown }) => void;

/** Runs the <head> script against a stand-in browser. */
function page(stored: string | null, systemDark: boolean, storageThrows = false) {
  const classes = new Set<string>();
  const storage = new Map<string, string>(stored === null ? [] : [['theme', stored]]);
  const listeners = new Map<string, Listener>();
  let systemChanged: Listener = () => {};
  const system = { matches: systemDark };
  const button = {
    pressed: '',
    setAttribute: (_: string, value: string) => (button.pressed = value),
    closest: (selector: string) => (selector === '[data-theme-toggle]' ? button : null),
  };
  const elsewhere = { closest: () => null };
  let parsed = false;
  const guard = <T>(f: () => T) => {
    if (storageThrows) throw new Error('SecurityError');
    return f();
  };
  runInNewContext(themeScript, {
    localStorage: {
      getItem: (key: string) => guard(() => storage.get(key) ?? null),
      setItem: (key: string, value: string) => guard(() => storage.set(key, value)),
    },
    window: {
      matchMedia: (query: string) => ({
        get matches() {
          return system.matches && query.includes('dark');
        },
        addEventListener: (_: string, listener: Listener) => (systemChanged = listener),
      }),
    },
    document: {
      documentElement: {
        classList: {
          toggle: (name: string, force: boolean) =>
            force ? classes.add(name) : classes.delete(name),
          contains: (name: string) => classes.has(name),
        },
      },
      // The button exists once the body is parsed.
      querySelectorAll: () => (parsed ? [button] : []),
      addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    },
  });
  return {
    dark: () => classes.has('dark'),
    stored: () => storage.get('theme'),
    pressed: () => button.pressed,
    parse: () => {
      parsed = true;
      listeners.get('DOMContentLoaded')?.();
    },
    press: () => listeners.get('click')?.({ target: button }),
    clickElsewhere: () => listeners.get('click')?.({ target: elsewhere }),
    setSystem: (dark: boolean) => {
      system.matches = dark;
      systemChanged();
    },
  };
}

describe('theme script (runs before the first paint)', () => {
  it('follows the system until the visitor chooses, live', () => {
    expect(page(null, true).dark()).toBe(true);
    const light = page(null, false);
    expect(light.dark()).toBe(false);
    light.setSystem(true);
    expect(light.dark()).toBe(true);
  });

  it('keeps the stored choice over the system setting, also when the system changes', () => {
    expect(page('light', true).dark()).toBe(false);
    const dark = page('dark', false);
    expect(dark.dark()).toBe(true);
    dark.setSystem(false);
    expect(dark.dark()).toBe(true);
  });

  it('ignores junk in storage, and follows the system when storage is blocked', () => {
    expect(page('purple', true).dark()).toBe(true);
    expect(() => page(null, true, true)).not.toThrow();
    expect(page(null, true, true).dark()).toBe(true);
    expect(page(null, false, true).dark()).toBe(false);
  });

  it('marks the button pressed once it is parsed, and switches and remembers on a press', () => {
    const p = page(null, true);
    p.parse();
    expect(p.pressed()).toBe('true');
    p.press();
    expect([p.dark(), p.pressed(), p.stored()]).toEqual([false, 'false', 'light']);
    p.clickElsewhere();
    expect(p.dark()).toBe(false);
    // The choice now beats the system.
    p.setSystem(true);
    expect(p.dark()).toBe(false);
  });

  it('switches for the page even when storage is blocked', () => {
    const p = page(null, false, true);
    p.parse();
    expect(() => p.press()).not.toThrow();
    expect(p.dark()).toBe(true);
  });

  it('is small, self-contained ES5', () => {
    expect(themeScript.length).toBeLessThan(1000);
    expect(themeScript).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });
});
