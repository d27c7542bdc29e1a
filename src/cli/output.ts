// Writes a report to the CLI's stdout as the renderer produces it: in pieces of about 64 KiB,
// each awaited before the next (a pipe's write is asynchronous in Node, and awaiting it keeps
// memory bounded and the order intact). A reader that goes away early (`| head -1`) ends the
// writing quietly, as a closed pipe does for other tools.
import { batchChunks } from '../report/batch-chunks.js';

/** Where the CLI writes. A promise it returns is awaited: it settles once the sink can take
 * more, and rejects (EPIPE) when the reader has gone. Other results are ignored. */
export type Sink = (text: string) => unknown;

export async function writeChunks(chunks: Iterable<string>, sink: Sink): Promise<void> {
  try {
    for (const piece of batchChunks(chunks)) await sink(piece);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw error;
  }
}
