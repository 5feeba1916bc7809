/**
 * The opening hours for the header's top bar. On phones each rule takes its own line and may
 * break between its days and its times, so a long week ("MON - FRI … · SAT …") or a 320 px
 * screen never pushes the phone number off the edge; from `sm` up the rules share one line.
 */
export function HoursText({ rules }: { rules: readonly { days: string; time: string }[] }) {
  return (
    <span className="flex flex-col sm:flex-row sm:gap-x-1.5">
      {rules.map((rule, i) => (
        <span key={`${rule.days} ${rule.time}`} className="flex flex-wrap gap-x-1">
          {i > 0 && (
            <span aria-hidden="true" className="max-sm:hidden">
              ·{' '}
            </span>
          )}
          {/* Spaces between flex items are not drawn, but keep the text readable when copied. */}
          {/* A day list ("MON, WED, FRI") may break after its commas, never inside "MON - FRI". */}
          <span>{rule.days.replaceAll(' - ', '\u00a0-\u00a0')}:</span>{' '}
          <span className="whitespace-nowrap">{rule.time}</span>{' '}
        </span>
      ))}
    </span>
  );
}
