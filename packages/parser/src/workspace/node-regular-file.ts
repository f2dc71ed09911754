import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { notRegularFileCode } from '../diagnostics/describe-file-error.js'

/**
 * Node-only: reading a file only when it is a regular one. A named pipe
 * opened for reading blocks until someone writes to it, and a device can be
 * endless, so the kind is checked from `stat` before opening, and again on
 * the open descriptor (opened without blocking), in case the path was
 * swapped in between.
 */

/** Opens without waiting for a writer (a FIFO) where the platform has the flag. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** An error carrying {@link notRegularFileCode}, as a failed file call carries `ENOENT`. */
export function notRegularFileError(absPath: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`not a regular file: ${absPath}`), { code: notRegularFileCode, path: absPath })
}

/** The size of the regular file a path leads to (links followed); throws `ENOTREGULAR` for anything else. */
export function regularFileSizeSync(absPath: string): number {
  const stats = statSync(absPath)
  if (!stats.isFile()) throw notRegularFileError(absPath)
  return stats.size
}

/** The bytes of a regular file; throws `ENOTREGULAR`, before reading, for anything else. */
export function readRegularFileSync(absPath: string): Buffer {
  regularFileSizeSync(absPath)
  const fd = openSync(absPath, READ_FLAGS)
  try {
    if (!fstatSync(fd).isFile()) throw notRegularFileError(absPath)
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** {@link regularFileSizeSync} through Node's promise-based calls. */
export async function regularFileSize(absPath: string): Promise<number> {
  const stats = await stat(absPath)
  if (!stats.isFile()) throw notRegularFileError(absPath)
  return stats.size
}

/** {@link readRegularFileSync} through Node's promise-based calls. */
export async function readRegularFile(absPath: string): Promise<Buffer> {
  await regularFileSize(absPath)
  const handle = await open(absPath, READ_FLAGS)
  try {
    if (!(await handle.stat()).isFile()) throw notRegularFileError(absPath)
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
