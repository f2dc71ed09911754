import { relative } from 'node:path'
import { describeFileError, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { resolveWriteTarget } from '../files/resolve-cli-file.js'
import { writeFileAtomically } from '../output/write-file-atomically.js'

/**
 * Writes a file atomically, only over a regular file that stays inside the
 * workspace `root` with links followed (see `resolveWriteTarget`); a device,
 * a pipe, a folder or a link out is refused. A failure (no such folder, no
 * permission, a full disk) is a usage error naming the file, in words.
 */
export async function writeOutputFile(
  file: string,
  text: string | Uint8Array,
  root: string,
  cwd: string,
  lang: Language,
): Promise<void> {
  const fromCwd = relative(cwd, file)
  const shown = fromCwd === '' || fromCwd.startsWith('..') ? file : fromCwd
  const target = await resolveWriteTarget(root, file)
  let reason: string | undefined = target.ok ? undefined : target.reason
  if (target.ok) {
    try {
      writeFileAtomically(target.realPath, text)
    } catch (error) {
      reason = (error as NodeJS.ErrnoException).code ?? 'unknown'
    }
  }
  if (reason === undefined) return
  const words = describeFileError(reason)
  throw new UsageError(say(lang, messages.cli.cannotWriteFile, { file: shown, reason: words[lang] }))
}
