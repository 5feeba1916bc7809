'use client';

import { useFormStatus } from 'react-dom';

/** Disabled while the enquiry is on its way, so one click sends it once. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex h-12 items-center gap-2 rounded-lg border border-transparent bg-brand-700 px-6 font-semibold text-white shadow hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
    >
      {pending && (
        <span
          aria-hidden="true"
          className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white"
        />
      )}
      {pending ? pendingLabel : label}
    </button>
  );
}
