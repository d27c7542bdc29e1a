// Gathers a renderer's small chunks (a line, one JSON object) into pieces of about `size`
// characters, so a writer makes one write call per piece, not per line, and never holds more
// than one piece.

/** 64 KiB: the default high-water mark of a Node stream, so one piece fills its buffer once. */
const BATCH_CHARACTERS = 64 * 1024;

export function* batchChunks(chunks: Iterable<string>, size: number = BATCH_CHARACTERS): Generator<string> {
  let piece = '';
  for (const chunk of chunks) {
    piece += chunk;
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
