import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isProcessRunning } from './write-file-atomically.js'

/**
 * Makes a private scratch folder in the system's temp folder,
 * `<name>-<pid>-XXXXXX`, for a command that works on a copy (`diff --base`,
 * `fix --dry-run`), after removing those of the same name whose process no
 * longer runs. A run that SIGTERM or SIGINT ends while it is busy is ended
 * at once, before its own `finally` could remove its folder; the next run
 * cleans up after it.
 */
export function makeScratchFolder(name: string): string {
  const prefix = `${name}-`
  for (const entry of safeList(tmpdir())) {
    const match = new RegExp(`^${prefix}(\\d+)-[A-Za-z0-9]{6}$`, 'u').exec(entry)
    if (match && !isProcessRunning(Number(match[1]))) rmSync(join(tmpdir(), entry), { recursive: true, force: true })
  }
  return mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`))
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}
