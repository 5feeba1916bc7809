import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { fill, type Dictionary } from '@/lib/i18n/dictionary';

type WithChildren = { children?: ReactNode };

/**
 * Cell borders, padding and a shaded header row, set from the box around the table. Typography's
 * table rules (".prose :where(…)", one class) take the side padding off the first and last cells
 * and would beat a class on the cell itself; a class plus an element ("… th") outranks them.
 */
const BOX = [
  'my-8 overflow-x-auto [&>table]:my-0',
  '[&_:is(th,td)]:border [&_:is(th,td)]:border-slate-300 dark:[&_:is(th,td)]:border-slate-600',
  '[&_:is(th,td)]:px-3 [&_:is(th,td)]:py-2 [&_td]:align-top',
  '[&_th]:bg-slate-100 [&_th]:text-ink dark:[&_th]:bg-slate-800 dark:[&_th]:text-slate-50',
].join(' ');

/** What a cell says, however it is formatted (bold, a link). */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) =>
      typeof child === 'string' || typeof child === 'number'
        ? String(child)
        : isValidElement<WithChildren>(child)
          ? textOf(child.props.children)
          : '',
    )
    .join('');
}

function headerTexts(node: ReactNode): string[] {
  return Children.toArray(node).flatMap((child) => {
    if (!isValidElement<WithChildren>(child)) return [];
    if (child.type === 'th') return [textOf(child.props.children).trim()];
    return headerTexts(child.props.children);
  });
}

/**
 * A Markdown table in a box that scrolls sideways, so a wide price comparison never widens the
 * page on a phone. The box takes keyboard focus (arrow keys scroll it) and is a region named
 * after the table's columns: two tables on a page then have two names, as a screen reader's list
 * of regions needs.
 */
export function Table({
  children,
  words,
  ...rest
}: ComponentPropsWithoutRef<'table'> & { words: Dictionary['body'] }) {
  const columns = headerTexts(children).filter(Boolean);
  return (
    <div
      role="region"
      aria-label={
        columns.length > 0 ? fill(words.tableOf, { columns: columns.join(', ') }) : words.table
      }
      tabIndex={0}
      className={BOX}
    >
      <table {...rest}>{children}</table>
    </div>
  );
}
