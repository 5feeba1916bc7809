import type { ComponentPropsWithoutRef } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';

/**
 * A Markdown checklist's box ("- [x] Back up"). It shows a state, so it cannot be changed, and
 * says which state it shows: a box without a name is read out as just "checkbox".
 */
export function TaskCheckbox({
  type,
  checked,
  words,
  ...rest
}: ComponentPropsWithoutRef<'input'> & { words: Dictionary['body'] }) {
  if (type !== 'checkbox') return <input type={type} checked={checked} {...rest} />;
  return (
    <input
      {...rest}
      type="checkbox"
      checked={checked}
      disabled
      aria-label={checked ? words.done : words.notDone}
      className="mr-2 align-middle"
    />
  );
}

/** A list; a checklist drops its bullets, since its boxes already mark each item. */
export function List({ className, ...rest }: ComponentPropsWithoutRef<'ul'>) {
  const isChecklist = className?.split(' ').includes('contains-task-list') ?? false;
  return <ul {...rest} className={isChecklist ? `${className} list-none` : className} />;
}
