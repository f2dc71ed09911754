import { relative, resolve } from 'node:path'
import { describeFileError, type Language } from '@fordela/parser'
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
export async function checkRenderedFile(target: string, root: string, markdown: string, spec: string, io: CliIo, lang: Language): Promise<number> {
  const absolute = resolve(io.cwd, target)
  const shown = relative(io.cwd, absolute) || absolute
  const read = await readCliFile(root, absolute)
  if (!read.ok) {
    const words = describeFileError(read.reason)
    io.writeErr(
      lang === 'sv'
        ? `fordela: ${shown} kan inte läsas: ${words.sv}; skapa den med fordela render ${spec} -o ${shown}.\n`
        : `fordela: cannot read ${shown}: ${words.en}; create it with fordela render ${spec} -o ${shown}.\n`,
    )
    return ExitCode.failure
  }
  const committed = new TextDecoder('utf-8').decode(read.bytes)
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
