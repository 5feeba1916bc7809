'use client';

import { useSyncExternalStore } from 'react';
import { openStatus } from '@/lib/site/hours';
import { fill } from '@/lib/i18n/fill';
import { describeOpenStatus, type HourStrings } from '@/lib/i18n/hours';
import type { OpeningHours } from '@/lib/site/week';
import type { ZoneClock } from '@/lib/site/zone-clock';

type OpenNowProps = {
  hours: OpeningHours[];
  /** The company's UTC offsets (lib/site/zone-clock.ts): no Intl formatter in the browser. */
  clock: ZoneClock;
  /** What the prerendered page says, true at any hour (e.g. "Malaysia Time"). */
  neutralLabel: string;
  /** Its words in the page's language (the dictionary's hours), with "Times are {zone}". */
  strings: HourStrings & { timesAre: string };
};

const MINUTE = 60_000;

// A clock that ticks once a minute, so the pill turns to "Closed" at closing time on an open page.
function subscribe(onTick: () => void): () => void {
  const id = setInterval(onTick, MINUTE);
  // A tab in the background, or a page restored by Back, has missed its ticks: "Open now" must
  // not linger for a minute on a visitor who comes back at 9 PM.
  const onReturn = () => document.visibilityState === 'visible' && onTick();
  document.addEventListener('visibilitychange', onReturn);
  window.addEventListener('pageshow', onReturn);
  return () => {
    clearInterval(id);
    document.removeEventListener('visibilitychange', onReturn);
    window.removeEventListener('pageshow', onReturn);
  };
}
const currentMinute = () => Math.floor(Date.now() / MINUTE);
// The page is built once and served for months: at build time the hour is unknown.
const noMinuteOnServer = () => null;

/**
 * "Open now · until 6 PM" / "Closed · opens tomorrow 9 AM" in the company's timezone. The build
 * renders a neutral label in the same fixed-width pill, so the correction moves nothing.
 */
export function OpenNow({ hours, clock, neutralLabel, strings }: OpenNowProps) {
  const minute = useSyncExternalStore(subscribe, currentMinute, noMinuteOnServer);
  const status = minute === null ? undefined : openStatus(hours, clock, new Date(minute * MINUTE));
  const state = status ? (status.open ? 'open' : 'closed') : 'unknown';
  // The outer box keeps one width whatever the label, so nothing beside it moves; the visible
  // pill inside hugs its text.
  return (
    <span data-open-now={state} className="inline-flex w-[14.5rem] max-w-full text-xs font-medium">
      {/* Visitors abroad need to know whose "9 AM" this is; the pill has no room to say it. */}
      <span
        title={status ? fill(strings.timesAre, { zone: neutralLabel }) : undefined}
        className="inline-flex max-w-full items-center gap-2 rounded-full bg-white/10 px-3 py-0.5 whitespace-nowrap text-slate-100 max-[19.5em]:rounded-2xl max-[19.5em]:whitespace-normal"
      >
        <span
          aria-hidden="true"
          className={`h-2 w-2 shrink-0 rounded-full ${
            state === 'open'
              ? 'bg-emerald-400'
              : state === 'closed'
                ? 'bg-rose-400'
                : 'bg-slate-400'
          }`}
        />
        {/* With large text on a phone (site-header.tsx) the label wraps rather than lose its end. */}
        <span className="truncate max-[19.5em]:whitespace-normal">
          {status ? describeOpenStatus(strings, status) : neutralLabel}
          {status && <span className="sr-only">, {neutralLabel}</span>}
        </span>
      </span>
    </span>
  );
}
