import { displayDate } from '@/lib/site/dates';

export function PostDate({ date }: { date: string }) {
  return <time dateTime={date}>{displayDate(date)}</time>;
}
