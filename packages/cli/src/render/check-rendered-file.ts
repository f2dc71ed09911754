import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { formatUnifiedDiff } from '../diff/format-unified-diff.js'
import { ExitCode } from '../exit-codes.js'

/** At most this many diff lines are shown when a committed file is out of date. */
const MAX_DIFF_LINES = 60

/**
 * `fordela render --check`: compares the committed Markdown with what the
 * spec renders. 0 when they are the same bytes; 1 when they differ, with
 * the start of a unified diff (committed → rendered) on stdout; 2 when the
 * file is missing or unreadable.
 */
export function checkRenderedFile(target: string, markdown: string, spec: string, io: CliIo, lang: Language): number {
  const absolute = resolve(io.cwd, target)
  const shown = relative(io.cwd, absolute) || absolute
  let committed: string
  try {
    committed = readFileSync(absolute, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    io.writeErr(
      lang === 'sv'
        ? `fordela: ${shown} kan inte läsas (${reason}); skapa den med fordela render ${spec} -o ${shown}.\n`
        : `fordela: cannot read ${shown} (${reason}); create it with fordela render ${spec} -o ${shown}.\n`,
    )
    return ExitCode.failure
  }
  if (committed === markdown) {
    io.writeOut(lang === 'sv' ? `✔ ${shown} stämmer med ${spec}.\n` : `✔ ${shown} matches ${spec}.\n`)
    return ExitCode.ok
  }
  io.writeOut(formatUnifiedDiff(committed, markdown, { oldName: `${shown} (incheckad / committed)`, newName: `${shown} (renderad / rendered)`, maxLines: MAX_DIFF_LINES }))
  io.writeErr(
    lang === 'sv'
      ? `fordela: ${shown} är inte vad ${spec} renderar; uppdatera den med fordela render ${spec} -o ${shown}.\n`
      : `fordela: ${shown} is not what ${spec} renders; update it with fordela render ${spec} -o ${shown}.\n`,
  )
  return ExitCode.findings
}
