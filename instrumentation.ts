// Next calls register() once when a server starts (its documented instrumentation hook), never
// while `next build` prerenders. The contact form's services need Node (SQLite, sockets), so they
// are loaded only in the Node.js runtime, and only in a build with the form: a static export or a
// build without it (CONTACT_FORM=off, a preview without DATABASE_URL) has nothing to send.
// A setting that does not parse stops the server here with one line, before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { readSettings, SettingsError } = await import('./lib/settings');
  let staticExport: boolean;
  try {
    staticExport = readSettings().STATIC_EXPORT;
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  if (staticExport || process.env.SNYNET_CONTACT_FORM !== 'on') return;
  const { startContactServices } = await import('./lib/contact/http/server-start');
  startContactServices();
}
