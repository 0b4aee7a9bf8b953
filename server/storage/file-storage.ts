import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live. The data directory today; object storage when instances multiply
 * (architecture: "uploads under a storage interface"). Keys are opaque, chosen by the storage.
 */
export interface FileStorage {
  /** Stores the bytes durably and returns their key: once this resolves, the file survives a crash. */
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer>;
}

/** Files under `root`, two levels of fan-out: `ab/cd/abcd…`. Written to a temporary name, fsynced, renamed. */
export function directoryStorage(root: string): FileStorage {
  const fileOf = (key: string) => {
    if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`not a storage key: ${key}`);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(bytes) {
      const key = randomUUID().replaceAll('-', '');
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.partial`;
      const handle = await open(temporary, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
      // The rename itself must reach the disk before we acknowledge.
      const dir = await open(path.dirname(file), 'r');
      await dir.sync().finally(() => dir.close());
      return key;
    },
    get: (key) => readFile(fileOf(key)),
  };
}
