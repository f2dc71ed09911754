import { relative, resolve } from 'node:path'
import { describeFileError, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { CliIo } from '../cli-io.js'
import { formatUnifiedDiff } from '../diff/format-unified-diff.js'
import { ExitCode } from '../exit-codes.js'
import { readCliFile } from '../files/resolve-cli-file.js'

/** At most this many diff lines are shown when a committed file is out of date. */
const MAX_DIFF_LINES = 60

/**
 * `fordela render --check`: compares the committed Markdown with what the
 * spec renders. 0 when they are the same bytes; 1 when they differ, with
 * the start of a unified diff (committed → rendered) on stdout; 2 when the
 * file is missing or unreadable. The committed file is read only when it is
 * a regular file that stays inside the workspace `root` with links followed:
 * a memo committed as a link to `/etc/passwd` is refused, never diffed.
 */
export async function checkRenderedFile(
  target: string,
  root: string,
  markdown: string,
  spec: string,
  io: CliIo,
  lang: Language,
): Promise<number> {
  const absolute = resolve(io.cwd, target)
  const shown = relative(io.cwd, absolute) || absolute
  const read = await readCliFile(root, absolute)
  if (!read.ok) {
    const words = describeFileError(read.reason)
    io.writeErr(say(lang, messages.cliSpec.cannotReadCommitted, { file: shown, reason: words[lang], spec }))
    return ExitCode.failure
  }
  const committed = new TextDecoder('utf-8').decode(read.bytes)
  if (committed === markdown) {
    io.writeOut(say(lang, messages.cliSpec.committedMatches, { file: shown, spec }))
    return ExitCode.ok
  }
  const names = {
    oldName: say(lang, messages.cliSpec.committedLabel, { file: shown }),
    newName: say(lang, messages.cliSpec.renderedLabel, { file: shown }),
  }
  io.writeOut(formatUnifiedDiff(committed, markdown, { ...names, maxLines: MAX_DIFF_LINES, lang }))
  io.writeErr(say(lang, messages.cliSpec.committedOutOfDate, { file: shown, spec }))
  return ExitCode.findings
}
