import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes several files that belong together (a dataset's CSV, its spec and
 * the downloaded file) so that none is half-written and a failure leaves the
 * old set: every file goes to a temporary file in its folder first, and only
 * when all are written are they renamed over their targets. Temporary files
 * are removed when anything fails; the error is rethrown.
 */
export function writeFilesTogether(
  files: readonly { readonly path: string; readonly content: string | Uint8Array }[],
): void {
  const staged: { temporary: string; path: string }[] = []
  try {
    for (const file of files) {
      const temporary = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      )
      staged.push({ temporary, path: file.path })
      writeFileSync(temporary, file.content, { flag: 'wx' })
    }
    for (const { temporary, path } of staged) renameSync(temporary, path)
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true })
    throw error
  }
}
