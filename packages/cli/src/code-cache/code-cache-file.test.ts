import {
  chmodSync,
  chownSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readCodeCache, writeCodeCache } from './code-cache-file.js'

const folder = mkdtempSync(join(tmpdir(), 'fordela-code-cache-file-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const data = Buffer.from('not really V8 data, but any bytes do for the file format')
/** The header: "fordela-code-cache 1 " (21 characters), 64 hex digits, a newline: 86 bytes. */
const headerBytes = 21 + 64 + 1

/** A file holding a valid cache of {@link data}, under a new name. */
function writeValidCache(name: string): string {
  const file = join(folder, name)
  expect(writeCodeCache(file, data)).toBe(true)
  return file
}

describe('writeCodeCache and readCodeCache', () => {
  it('round-trip the data, private to the user, with no temporary file left', () => {
    const file = writeValidCache('round-trip.v8-cache')
    expect(readCodeCache(file)).toEqual(data)
    expect(statSync(file).size).toBe(headerBytes + data.length)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('refuse a file whose data no longer matches its checksum (V8 would crash on it)', () => {
    const file = writeValidCache('flipped.v8-cache')
    const bytes = readFileSync(file)
    bytes.writeUInt8(bytes.readUInt8(headerBytes + 10) ^ 0xff, headerBytes + 10)
    writeFileSync(file, bytes)
    expect(readCodeCache(file)).toBeUndefined()
  })

  it('refuse a truncated file, an empty one, one without the header, and a missing one', () => {
    const truncated = writeValidCache('truncated.v8-cache')
    writeFileSync(truncated, readFileSync(truncated).subarray(0, headerBytes + 5))
    expect(readCodeCache(truncated)).toBeUndefined()
    writeFileSync(join(folder, 'empty.v8-cache'), '')
    expect(readCodeCache(join(folder, 'empty.v8-cache'))).toBeUndefined()
    writeFileSync(join(folder, 'raw.v8-cache'), Buffer.concat([Buffer.alloc(headerBytes, 0x20), data]))
    expect(readCodeCache(join(folder, 'raw.v8-cache'))).toBeUndefined()
    expect(readCodeCache(join(folder, 'missing.v8-cache'))).toBeUndefined()
  })

  it('refuse a symbolic link, even to a valid cache, and a file others may write', () => {
    const target = writeValidCache('target.v8-cache')
    symlinkSync(target, join(folder, 'link.v8-cache'))
    expect(readCodeCache(join(folder, 'link.v8-cache'))).toBeUndefined()
    const shared = writeValidCache('group-writable.v8-cache')
    chmodSync(shared, 0o620)
    expect(readCodeCache(shared)).toBeUndefined()
  })

  it.runIf(process.getuid?.() === 0)("refuse another user's file (as root, which may hand one over)", () => {
    const foreign = writeValidCache('foreign.v8-cache')
    chownSync(foreign, 65534, 65534)
    expect(readCodeCache(foreign)).toBeUndefined()
  })

  it('report a write into a missing folder as not written, without throwing', () => {
    expect(writeCodeCache(join(folder, 'missing/cache.v8-cache'), data)).toBe(false)
  })
})
