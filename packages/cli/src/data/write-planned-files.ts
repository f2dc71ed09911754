import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { writeFilesTogether } from '../output/write-files-together.js'

/**
 * Writes the planned files together, or nothing when every one already holds
 * exactly what it would get; returns whether anything was written. A failure
 * (no such folder, no permission) is a usage error naming the folder.
 */
export function writePlannedFiles(
  files: readonly { readonly path: string; readonly content: string | Uint8Array }[],
  outDir: string,
  cwd: string,
  lang: Language,
): boolean {
  const changed = files.filter((file) => !holds(file.path, file.content))
  if (changed.length === 0) return false
  try {
    mkdirSync(outDir, { recursive: true })
    writeFilesTogether(changed)
  } catch (error) {
    const shown = relative(cwd, outDir) || '.'
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new UsageError(say(lang, messages.cliData.cannotWriteFiles, { folder: shown, reason }))
  }
  return true
}

function holds(path: string, content: string | Uint8Array): boolean {
  if (!existsSync(path)) return false
  const current = readFileSync(path)
  return typeof content === 'string'
    ? current.toString('utf8') === content
    : Buffer.compare(current, Buffer.from(content)) === 0
}
