import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { Script } from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'
import { writeCodeCache } from './code-cache-file.js'
import { runBundle, type CodeCacheSettings } from './run-bundle.js'

// Each run here is a first compile, as in a fresh process: V8's in-memory
// compilation cache would otherwise answer for a source it compiled before
// and never look at the code cache. (vitest runs each test file in its own process.)
setFlagsFromString('--no-compilation-cache')

const root = mkdtempSync(join(tmpdir(), 'fordela-run-bundle-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

declare global {
  var fordelaTestRuns: number | undefined
}

let bundles = 0

/** Writes a new bundle as scripts/bundle-cli.mjs does (a hash line, then CommonJS) whose main() counts its runs. */
function writeBundle(header = true): string {
  bundles += 1
  const file = join(root, `bundle-${bundles}.cjs`)
  const body = `exports.main = async () => { globalThis.fordelaTestRuns = (globalThis.fordelaTestRuns ?? 0) + 1 } // ${bundles}\n`
  const hash = createHash('sha256').update(body).digest('hex')
  writeFileSync(file, header ? `// fordela-bundle sha256:${hash}\n${body}` : body)
  return file
}

/** A new, not yet existing cache folder and the settings that use it. */
function newSettings(isWorthKeeping = true): CodeCacheSettings & { folder: string } {
  return {
    folder: join(mkdtempSync(join(root, 'cache-')), 'fordela'),
    key: 'lint-test',
    isWorthKeeping: () => isWorthKeeping,
  }
}

/** Runs the bundle and also says whether its main() ran exactly once. */
async function run(
  bundle: string,
  settings: CodeCacheSettings,
): Promise<{ read: string; written: boolean; ran: boolean }> {
  const before = globalThis.fordelaTestRuns ?? 0
  const outcome = await runBundle(bundle, settings)
  return { ...outcome, ran: globalThis.fordelaTestRuns === before + 1 }
}

describe('runBundle', () => {
  it('writes the cache after the first run, in a folder it creates private, and uses it unchanged afterwards', async () => {
    const bundle = writeBundle()
    const settings = newSettings()
    expect(await run(bundle, settings)).toEqual({ read: 'missing', written: true, ran: true })
    expect(statSync(settings.folder).mode & 0o777).toBe(0o700)
    const [name] = readdirSync(settings.folder)
    // The key, then the first 16 hex digits of the bundle's hash.
    expect(name).toMatch(/^lint-test-[0-9a-f]{16}\.v8-cache$/)
    const written = statSync(join(settings.folder, name!))
    expect(await run(bundle, settings)).toEqual({ read: 'used', written: false, ran: true })
    expect(statSync(join(settings.folder, name!)).mtimeMs).toBe(written.mtimeMs)
  })

  it('replaces a damaged cache and one V8 rejects', async () => {
    const bundle = writeBundle()
    const settings = newSettings()
    await run(bundle, settings)
    const file = join(settings.folder, readdirSync(settings.folder)[0]!)
    const bytes = readFileSync(file)
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1)
    writeFileSync(file, bytes)
    expect(await run(bundle, settings)).toEqual({ read: 'missing', written: true, ran: true })
    expect(await run(bundle, settings)).toEqual({ read: 'used', written: false, ran: true })
    // A well-formed file holding V8's cache of another script: V8 itself says no.
    writeCodeCache(file, new Script('1 + 1').createCachedData())
    expect(await run(bundle, settings)).toEqual({ read: 'rejected', written: true, ran: true })
    expect(await run(bundle, settings)).toEqual({ read: 'used', written: false, ran: true })
  })

  it('runs without a cache when it is off, the bundle has no hash line, or the run is not worth keeping', async () => {
    expect(await run(writeBundle(), { ...newSettings(), folder: undefined })).toEqual({
      read: 'off',
      written: false,
      ran: true,
    })
    const noHash = newSettings()
    expect(await run(writeBundle(false), noHash)).toEqual({ read: 'off', written: false, ran: true })
    const failed = newSettings(false)
    expect(await run(writeBundle(), failed)).toEqual({ read: 'missing', written: false, ran: true })
    expect(readdirSync(join(failed.folder, '..'))).toEqual([])
  })

  it('neither reads nor writes in a folder others may write to', async () => {
    const settings = newSettings()
    mkdirSync(settings.folder, { mode: 0o700 })
    chmodSync(settings.folder, 0o777)
    expect(await run(writeBundle(), settings)).toEqual({ read: 'missing', written: false, ran: true })
    expect(readdirSync(settings.folder)).toEqual([])
  })
})
