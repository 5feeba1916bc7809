import type { EnquiryField } from '@/lib/contact/core/fields';

type FormFieldProps = {
  name: EnquiryField;
  label: string;
  /** "(optional)" in the page's language, shown after the label of an optional field. */
  optionalLabel: string;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
  maxLength: number;
};

/** A labelled input whose error sits beside it and is read out with it (aria-describedby). */
export function FormField({
  name,
  label,
  optionalLabel,
  error,
  defaultValue = '',
  optional,
  type = 'text',
  autoComplete,
  multiline,
  maxLength,
}: FormFieldProps) {
  const id = `contact-${name}`;
  const errorId = `${id}-error`;
  const shared = {
    id,
    name,
    defaultValue,
    maxLength,
    required: !optional,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    className: `mt-1 block w-full rounded-lg border bg-white px-3 py-2.5 text-slate-900 shadow-sm dark:bg-slate-950 dark:text-slate-100 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none ${error ? 'border-red-600 dark:border-red-400' : 'border-slate-300 dark:border-slate-600'}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}{' '}
        {optional && (
          <span className="font-normal text-slate-600 dark:text-slate-400">{optionalLabel}</span>
        )}
      </label>
      {multiline ? (
        <textarea rows={6} {...shared} />
      ) : (
        <input type={type} autoComplete={autoComplete} {...shared} />
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
