import { createHash } from 'node:crypto'
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliNodeVersion, requireBuiltCli, runCli, type CliRun } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')
const scratch = mkdtempSync(join(tmpdir(), 'fordela-code-cache-e2e-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let folders = 0

/** A cache folder path that does not exist yet; the CLI creates it. */
function newCacheFolder(): string {
  folders += 1
  return join(scratch, `cache-${folders}`, 'fordela')
}

/** Runs the CLI in the repository root with its code cache in `folder` (or off). */
function runWithCache(args: readonly string[], folder: string | 'off'): Promise<CliRun> {
  return runCli(args, repositoryRoot, folder === 'off' ? { FORDELA_NO_CODE_CACHE: '1' } : { FORDELA_CACHE_DIR: folder })
}

/** The one file in `folder`, with what tells a rewrite apart (a rename gives a new inode). */
function onlyFile(folder: string): { name: string; path: string; ino: number; mtimeMs: number } {
  const names = readdirSync(folder)
  expect(names).toHaveLength(1)
  const path = join(folder, names[0]!)
  const { ino, mtimeMs } = statSync(path)
  return { name: names[0]!, path, ino, mtimeMs }
}

/** Whether a cache file's header ("fordela-code-cache 1 <sha256>\n", 86 bytes) matches its data. */
function isIntact(path: string): boolean {
  const bytes = readFileSync(path)
  const data = bytes.subarray(86)
  return (
    bytes.subarray(0, 86).toString('latin1') ===
    `fordela-code-cache 1 ${createHash('sha256').update(data).digest('hex')}\n`
  )
}

const lintExamples = ['lint', 'examples']

describe('the code cache of bin/fordela.js', () => {
  it('is written once, private to the user, by the first run of a command and read unchanged by later ones', async () => {
    const folder = newCacheFolder()
    const first = await runWithCache(lintExamples, folder)
    expect(first.code).toBe(1)
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    const written = onlyFile(folder)
    // The command, the Node version, platform and architecture, maybe a hash of Node's flags, then the bundle's hash.
    expect(written.name.startsWith(`lint-node${cliNodeVersion}-${process.platform}-${process.arch}-`)).toBe(true)
    expect(written.name).toMatch(/-[0-9a-f]{16}\.v8-cache$/)
    expect(statSync(written.path).mode & 0o777).toBe(0o600)
    expect(isIntact(written.path)).toBe(true)
    expect(await runWithCache(lintExamples, folder)).toEqual(first)
    expect(onlyFile(folder)).toEqual(written)
    // Another command gets its own file.
    expect((await runWithCache(['--version'], folder)).code).toBe(0)
    expect(
      readdirSync(folder)
        .map((name) => name.split('-')[0])
        .sort(),
    ).toEqual(['lint', 'main'])
  })

  it('changes no output or exit code: without a cache, on the run that writes it and on the run that reads it', async () => {
    const folder = newCacheFolder()
    const commands = [
      lintExamples,
      ['lint', 'examples', '--format', 'json', '--lang', 'en'],
      ['render', 'examples/vastra-gotaland/2025-lansgemensamma-medel.yaml'],
      ['--version'],
      ['lint', 'examples/finns-inte.yaml'],
    ]
    const codes: (number | null)[] = []
    for (const args of commands) {
      const off = await runWithCache(args, 'off')
      codes.push(off.code)
      expect({ args, run: await runWithCache(args, folder) }).toEqual({ args, run: off })
      expect({ args, run: await runWithCache(args, folder) }).toEqual({ args, run: off })
    }
    // lint examples exits 1 (the real data's findings), render 1 too (the memo is a draft listing them),
    // --version 0, a missing file 2.
    expect(codes).toEqual([1, 1, 1, 0, 2])
  })

  it('replaces a damaged or truncated cache file instead of loading it', async () => {
    const folder = newCacheFolder()
    const expected = await runWithCache(lintExamples, folder)
    const cache = onlyFile(folder)
    const bytes = readFileSync(cache.path)
    // One flipped byte in the middle of V8's data: V8 itself would not notice, and crash.
    const middle = Math.floor(bytes.length / 2)
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle)
    writeFileSync(cache.path, bytes)
    expect(await runWithCache(lintExamples, folder)).toEqual(expected)
    const replaced = onlyFile(folder)
    expect(replaced.ino).not.toBe(cache.ino)
    expect(isIntact(replaced.path)).toBe(true)
    writeFileSync(replaced.path, readFileSync(replaced.path).subarray(0, 1000))
    expect(await runWithCache(lintExamples, folder)).toEqual(expected)
    expect(isIntact(onlyFile(folder).path)).toBe(true)
  })

  it('runs without a cache, silently, in a folder it cannot create or must not trust', async () => {
    const expected = await runWithCache(lintExamples, 'off')
    // Below a regular file no folder can be made, not even by root.
    writeFileSync(join(scratch, 'a-file'), '')
    expect(await runWithCache(lintExamples, join(scratch, 'a-file', 'fordela'))).toEqual(expected)
    // A folder others may write to: another user could have planted the cache.
    const shared = newCacheFolder()
    mkdirSync(shared, { recursive: true })
    chmodSync(shared, 0o777)
    expect(await runWithCache(lintExamples, shared)).toEqual(expected)
    expect(readdirSync(shared)).toEqual([])
  })

  it.runIf(process.getuid?.() === 0)(
    "runs without a cache in another user's folder (as root, which may hand one over)",
    async () => {
      const foreign = newCacheFolder()
      mkdirSync(foreign, { recursive: true, mode: 0o700 })
      chownSync(foreign, 65534, 65534)
      expect(await runWithCache(lintExamples, foreign)).toEqual(await runWithCache(lintExamples, 'off'))
      expect(readdirSync(foreign)).toEqual([])
    },
  )

  it.runIf(process.getuid?.() !== 0)('runs without a cache in a read-only folder', async () => {
    const readOnly = newCacheFolder()
    mkdirSync(readOnly, { recursive: true, mode: 0o500 })
    expect(await runWithCache(lintExamples, readOnly)).toEqual(await runWithCache(lintExamples, 'off'))
    expect(readdirSync(readOnly)).toEqual([])
  })

  it('creates nothing with FORDELA_NO_CODE_CACHE=1', async () => {
    const folder = newCacheFolder()
    const result = await runCli(lintExamples, repositoryRoot, { FORDELA_NO_CODE_CACHE: '1', FORDELA_CACHE_DIR: folder })
    expect(result.code).toBe(1)
    expect(() => statSync(join(folder, '..'))).toThrow(/ENOENT/)
  })
})
