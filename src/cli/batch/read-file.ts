/**
 * The chunks of a file, read into one reused buffer: each chunk is valid until the next is
 * asked for, so a file of any size is read without allocating per chunk.
 */
export async function* readFileChunks(path: string, size = 1 << 16): AsyncGenerator<Buffer> {
  const { open } = await import("node:fs/promises");
  const file = await open(path, "r");
  const buffer = Buffer.allocUnsafe(size);
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, size, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}
