/** Reads a response body chunk by chunk and reports whether the connection was cut before the end (at most 100 000 chunks). */
export async function readBodyUntilCut(response: Response): Promise<{ bytes: Buffer; cut: boolean }> {
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  if (!reader) return { bytes: Buffer.alloc(0), cut: false };
  try {
    for (let i = 0; i < 100_000; i++) {
      const { done, value } = await reader.read();
      if (done) return { bytes: Buffer.concat(chunks), cut: false };
      chunks.push(value);
    }
    throw new Error('Body did not end within 100 000 chunks');
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Body did not end')) throw error;
    return { bytes: Buffer.concat(chunks), cut: true };
  }
}
