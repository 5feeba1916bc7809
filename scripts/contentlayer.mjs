// `contentlayer2` (build or dev, same arguments) without effect-ts's execution tracing. The CLI
// turns tracing on with its first import, and effect-ts fixes its default runtime's settings when
// that module is first evaluated, so evaluating the runtime first keeps tracing off. Tracing
// records every step of every fiber for crash reports nobody reads here: at 1,000 posts it cost
// ~1 s of a ~8.5 s content build (`npm run bench`), and it slows `npm run dev`'s rebuilds too.
try {
  await import('@effect-ts/system/Effect/runtime');
} catch (error) {
  // A later contentlayer2 without effect-ts: nothing to turn off, run it as it is.
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
}
const { run } = await import('@contentlayer2/cli');
await run();
