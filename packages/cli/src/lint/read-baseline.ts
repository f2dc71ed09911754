import { relative } from 'node:path'
import { describeFileError, type Language } from '@fordela/parser'
import { parseBaseline, type BaselineEntry } from '@fordela/engine'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { readCliFile } from '../files/resolve-cli-file.js'

/**
 * The entries of a baseline file, read only when it is a regular file that
 * stays inside the workspace `root` with links followed. A missing, refused
 * or malformed file is a usage error naming it; what the file holds is
 * never shown.
 */
export async function readBaseline(
  file: string,
  root: string,
  cwd: string,
  lang: Language,
): Promise<readonly BaselineEntry[]> {
  const shown = relative(cwd, file) || file
  const read = await readCliFile(root, file)
  if (!read.ok) {
    const words = describeFileError(read.reason)
    throw new UsageError(say(lang, messages.cli.cannotReadBaseline, { file: shown, reason: words[lang] }))
  }
  const parsed = parseBaseline(new TextDecoder('utf-8').decode(read.bytes))
  if (parsed.ok) return parsed.entries
  throw new UsageError(
    say(lang, messages.cli.baselineBroken, { file: shown, problem: say(lang, messages.baseline[parsed.problem]) }),
  )
}
