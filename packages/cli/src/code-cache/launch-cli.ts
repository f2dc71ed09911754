import { homedir } from 'node:os'
import { chooseCacheKey } from './choose-cache-key.js'
import { locateCacheFolder } from './locate-cache-folder.js'
import { runBundle } from './run-bundle.js'

/**
 * Runs the fordela bundle `bundleFile` for this process (bin/fordela.js),
 * with its code cache in the user's cache folder. The cache's name holds
 * what V8 checks a cache against and more: the Node version, platform and
 * architecture, and the command-line and NODE_OPTIONS flags (V8 rejects a
 * cache made under other flags, and runs that differ only in flags would
 * otherwise replace each other's cache on every run).
 */
export async function launchCli(bundleFile: string): Promise<void> {
  const flags = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].join(' ').trim()
  const runtime = `node${process.version}-${process.platform}-${process.arch}${flags === '' ? '' : `-${hashText(flags)}`}`
  await runBundle(bundleFile, {
    folder: locateCacheFolder(process.env, homedir(), process.cwd()),
    key: `${chooseCacheKey(process.argv.slice(2))}-${runtime}`,
    // Exit code 2 is a usage error or an unreadable input: the command hardly ran.
    isWorthKeeping: () => process.exitCode === undefined || process.exitCode === 0 || process.exitCode === 1,
  })
}

/** A short FNV-1a hash of `text`, to tell flag sets apart in a file name. */
function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}
