import { sizeText } from '../../shared/files/input-limits';
import { concatBytes } from '../../shared/keys/forge-bytes';

/**
 * A picked or dropped file's bytes, never more than `maxBytes`: read as a stream and stopped one byte past the
 * cap, since `File.size` is 0 for a device or a pipe. Answers undefined when the file is too large, so each
 * caller shows the refusal its own way, with the same caps as the Node side's bounded reader.
 */
export async function readFileBounded(file: Blob, maxBytes: number): Promise<Uint8Array | undefined> {
  if (file.size > maxBytes) return undefined;
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

/** "a.key is larger than 1 MB": the sentence every picker shows for a file over its cap. */
export function tooLargeText(name: string, maxBytes: number): string {
  return `${name} is larger than ${sizeText(maxBytes)}`;
}
