import { displayDateIn } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

export function PostDate({ date, locale }: { date: string; locale: Locale }) {
  return <time dateTime={date}>{displayDateIn(locale, date)}</time>;
}
