import type { HourStrings } from './hours';

/** The English words for hours: the dictionary's, and lib/hours.ts's for code that is English only. */
export const enHours: HourStrings = {
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  am: '{time} AM',
  noon: '{time} PM',
  pm: '{time} PM',
  evening: '{time} PM',
  minuteSeparator: ':',
  openNow: 'Open now · until {time}',
  closed: 'Closed',
  opensAt: 'Closed · opens {day}{time}',
  tomorrow: 'tomorrow ',
};
