/** What reading a capped body gave: its bytes, or that it passed the cap (reading stopped). */
export type CappedBody = { bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true };

/**
 * Reads a request body chunk by chunk and stops as soon as it passes `maxBytes`, whatever
 * Content-Length said (a chunked upload has none): at most `maxBytes` plus one chunk is ever
 * held. The rest of an oversized upload is left unread; the connection drops it.
 */
export async function readCapped(request: Request, maxBytes: number): Promise<CappedBody> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { tooLarge: true };
  }
  if (!request.body) return { bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}
