/**
 * Random access to a file's bytes without holding all of it: the zip reader asks for the central
 * directory at the end, then for each part it needs, piece by piece. Browser-safe (no Node APIs).
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes already in memory (tests, or a page that was handed an ArrayBuffer). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}

/** A browser File or Blob, read slice by slice: the page never loads the whole file at once. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}
