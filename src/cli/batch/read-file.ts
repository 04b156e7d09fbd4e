import { UsageError } from "../errors.js";

/** Why a file cannot be read, in words (the system's code in brackets for the rare ones). */
export function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENOTDIR") return "a folder on its path is a file";
  if (code === "ELOOP") return "too many symbolic links";
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

/**
 * The chunks of a file (a FIFO or a device too), read into one reused buffer: each chunk is
 * valid until the next is asked for, so a file of any size is read without allocating per
 * chunk. The file is opened before the first chunk is asked for, so a file that cannot be
 * opened is a usage error before anything is written; a read that fails later is one too.
 */
export async function openFileChunks(path: string, size = 1 << 16): Promise<AsyncGenerator<Buffer>> {
  // Imported here, not at the top: an ESM import of node:fs also loads its streams and promises.
  const { open } = await import("node:fs/promises");
  const fail = (error: unknown) => new UsageError(`cannot read the input file ${path}: ${unreadable(error)}`);
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, "r");
  } catch (error) {
    throw fail(error);
  }
  return (async function* () {
    const buffer = Buffer.allocUnsafe(size);
    try {
      for (;;) {
        let bytesRead: number;
        try {
          ({ bytesRead } = await file.read(buffer, 0, size, null));
        } catch (error) {
          throw fail(error);
        }
        if (bytesRead === 0) return;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await file.close();
    }
  })();
}

/** All of a stream (stdin) as text; past `max` bytes, `tooBig()` is thrown and nothing more is kept. */
export async function readStreamText(stream: AsyncIterable<Buffer | string>, max: number, tooBig: () => Error): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > max) throw tooBig();
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}
