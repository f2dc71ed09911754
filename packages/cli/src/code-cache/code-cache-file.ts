import { createHash, randomBytes } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { isPrivateToUser } from './check-cache-owner.js'

/**
 * Every cache file starts with this and the SHA-256 of the V8 data after it.
 * V8 release builds do not checksum code caches (`--verify-snapshot-checksum`
 * is off): damaged data that still has the right length crashes the process
 * while V8 deserializes it, so fordela checks the data itself first.
 */
const magic = 'fordela-code-cache 1 '
const headerBytes = magic.length + 64 + 1

/** The SHA-256 of `data`, as 64 hex digits. */
function hashData(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * The V8 code cache stored in `file`, or undefined when there is none or it
 * cannot be trusted: not a regular file of this user's (a symbolic link is
 * not followed), or damaged (wrong header or checksum).
 */
export function readCodeCache(file: string): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch {
    return undefined
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile() || !isPrivateToUser(stats) || stats.size <= headerBytes) return undefined
    const bytes = readFileSync(fd)
    const header = bytes.toString('latin1', 0, headerBytes)
    const data = bytes.subarray(headerBytes)
    return header === `${magic}${hashData(data)}\n` ? data : undefined
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

/**
 * Writes `data` with its header to `file` atomically: a private temporary
 * file in the same folder, renamed over `file`, so a reader sees the old
 * file or the new one, never half of one. Fails silently: the cache only
 * saves time.
 */
export function writeCodeCache(file: string, data: Uint8Array): boolean {
  const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${magic}${hashData(data)}\n`, 'latin1'), data]), {
      flag: 'wx',
      mode: 0o600,
    })
    renameSync(temporary, file)
    return true
  } catch {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Nothing more to do: a stale temporary file is pruned later.
    }
    return false
  }
}
