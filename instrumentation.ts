// Next calls register() once when a server starts (its documented instrumentation hook), never
// while `next build` prerenders. The contact form's services need Node (SQLite, sockets), so they
// are loaded only in the Node.js runtime, and only in the server build: a static export has no
// form, and `next build` sets NEXT_PHASE.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.STATIC_EXPORT === '1') return;
  const { startContactServices } = await import('./lib/contact/server-start');
  startContactServices();
}
