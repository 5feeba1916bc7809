import type { StoredEnquiry } from '../store/store';

const COLUMNS = [
  'id',
  'createdAt',
  'name',
  'email',
  'phone',
  'company',
  'message',
  'spam',
  'notifyStatus',
] as const;

/** CSV that opens safely in a spreadsheet: quoted cells, and formulas defused with a leading '. */
export function toCsv(rows: readonly StoredEnquiry[]): string {
  const cell = (value: unknown) => {
    let text = String(value ?? '');
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  const lines = rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','));
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

export function toJson(rows: readonly StoredEnquiry[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
