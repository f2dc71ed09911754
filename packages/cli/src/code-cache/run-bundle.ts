import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { isPrivateToUser } from './check-cache-owner.js'
import { readCodeCache, writeCodeCache } from './code-cache-file.js'
import { deferTerminationSignals } from '../output/defer-termination-signals.js'
import { pruneCodeCaches } from './prune-code-caches.js'

/** Where and under which name a run keeps its code cache. */
export interface CodeCacheSettings {
  /** The cache folder, or undefined to run without a cache. */
  readonly folder: string | undefined
  /** What the run compiles ({@link chooseCacheKey}) and what V8 depends on (Node version, platform, flags). */
  readonly key: string
  /** Asked after the run: whether it did its work, so that a cache of it is worth keeping. */
  readonly isWorthKeeping: () => boolean
}

/** What one run did with its code cache: for tests, and nothing else. */
export interface CodeCacheOutcome {
  readonly read: 'off' | 'missing' | 'used' | 'rejected'
  readonly written: boolean
}

/** The bundle's first line: `// fordela-bundle sha256:<hex>` of the rest (scripts/bundle-cli.mjs). */
const bundleHeader = /^\/\/ fordela-bundle sha256:([0-9a-f]{64})\n/

/**
 * Runs the CommonJS bundle `bundleFile` and awaits its `main()`, compiled
 * with the V8 code cache kept under `settings` when there is a usable one.
 * A missing or rejected cache is written after `main()` has run, so that it
 * holds every function the run compiled, not only the top level. Nothing
 * about the cache changes what the bundle prints or its exit code.
 */
export async function runBundle(bundleFile: string, settings: CodeCacheSettings): Promise<CodeCacheOutcome> {
  const { script, main, folder, name, read } = compileBundle(bundleFile, settings)
  await main()
  if (folder === undefined) return { read: 'off', written: false }
  const written = read !== 'used' && settings.isWorthKeeping() && storeCodeCache(folder, name, script)
  return { read, written }
}

/** A compiled bundle, ready to run, and where its cache lives. */
interface CompiledBundle {
  readonly script: Script
  readonly main: () => Promise<void>
  readonly folder: string | undefined
  readonly name: string
  readonly read: CodeCacheOutcome['read']
}

/**
 * Reads, compiles and initialises the bundle. Kept apart from the run so
 * that the source text and the cache's bytes are garbage once it returns,
 * rather than held for the whole command (V8 keeps its own copy of the
 * source): about 2.5 MB less at the peak of a large lint.
 */
function compileBundle(bundleFile: string, settings: CodeCacheSettings): CompiledBundle {
  // The bundle is ASCII (the build escapes the rest): Latin-1 makes a one-byte string, faster than UTF-8.
  const source = readFileSync(bundleFile, 'latin1')
  const bundleHash = bundleHeader.exec(source)?.[1]
  const folder = bundleHash === undefined ? undefined : settings.folder
  const name = `${settings.key}-${bundleHash?.slice(0, 16)}.v8-cache`
  const cachedData = folder !== undefined && isUsableFolder(folder) ? readCodeCache(join(folder, name)) : undefined
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    ...(cachedData === undefined ? {} : { cachedData }),
  })
  const module = { exports: {} as { main?: () => Promise<void> } }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  wrapper.call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile))
  const { main } = module.exports
  if (typeof main !== 'function') throw new Error(`${bundleFile} exports no main()`)
  const read =
    folder === undefined
      ? 'off'
      : cachedData === undefined
        ? 'missing'
        : script.cachedDataRejected === true
          ? 'rejected'
          : 'used'
  return { script, main, folder, name, read }
}

/** Whether `folder` exists and is private to this user; a missing one has no cache to read yet. */
function isUsableFolder(folder: string): boolean {
  try {
    return isPrivateToUser(statSync(folder))
  } catch {
    return false
  }
}

/** Creates the folder if need be (private to this user), writes the cache, prunes old ones. */
function storeCodeCache(folder: string, name: string, script: Script): boolean {
  deferTerminationSignals()
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    const stats = statSync(folder)
    if (!stats.isDirectory() || !isPrivateToUser(stats)) return false
    const written = writeCodeCache(join(folder, name), script.createCachedData())
    if (written) pruneCodeCaches(folder, name, Date.now())
    return written
  } catch {
    return false
  }
}
