import { randomBytes } from 'node:crypto'
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { deferTerminationSignals } from './defer-termination-signals.js'

/**
 * Writes `text` (or bytes) to `path` so that a reader never sees half a file: into a
 * temporary file in the same folder (the same file system, so the rename is
 * atomic), then renamed over the target. The temporary file is removed if
 * anything fails; the error is rethrown for the caller to report. Temporary
 * files that a killed earlier run left for the same target are removed first.
 * From the first write on, SIGINT and SIGTERM wait for the write to end.
 */
export function writeFileAtomically(path: string, text: string | Uint8Array): void {
  deferTerminationSignals()
  const folder = dirname(path)
  removeStaleTemporaries(folder, basename(path))
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** Removes `.<name>.<pid>.<hex>.tmp` files in `folder` whose process no longer runs. */
function removeStaleTemporaries(folder: string, name: string): void {
  let entries: string[]
  try {
    entries = readdirSync(folder)
  } catch {
    return // the write itself will report a missing or unreadable folder
  }
  const prefix = `.${name}.`
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length))
    if (match && !isProcessRunning(Number(match[1]))) rmSync(join(folder, entry), { force: true })
  }
}

/** Whether a process with this id runs (signal 0 tests for it without sending anything). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
