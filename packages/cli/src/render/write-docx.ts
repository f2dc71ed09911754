import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { describeFileError, type Language } from '@fordela/parser'
import type { RenderedDocument } from '@fordela/render-markdown'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { readCliFile } from '../files/resolve-cli-file.js'
import { writeOutputFile } from '../lint/write-output-file.js'

/** A reference .docx may be this large: a county's template with its logo is well under it. */
const MAX_REFERENCE_BYTES = 50 * 1024 * 1024

/** Whether an output path asks for a Word document. */
export function isDocxPath(path: string): boolean {
  return /\.docx$/i.test(path)
}

/**
 * Writes a rendered document's mdast as a Word document at `output`,
 * atomically, with the styles of `referenceDoc` (a county's own .docx, as
 * pandoc's `--reference-doc`) when given. The reference is read as every
 * file named on the command line is (`readCliFile`: a regular file, inside
 * the workspace `root` or its own folder); one that cannot be read, is too
 * large or is no Word document is a usage error naming it; nothing is written.
 */
export async function writeDocx(
  tree: RenderedDocument['tree'],
  output: string,
  referenceDoc: string | undefined,
  root: string,
  cwd: string,
  lang: Language,
): Promise<void> {
  const { readReferenceStyles, renderDocx } = await import('@fordela/render-docx')
  let referenceStyles: string | undefined
  if (referenceDoc !== undefined) {
    const file = resolve(cwd, referenceDoc)
    const shown = relative(cwd, file) || file
    const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0
    if (size > MAX_REFERENCE_BYTES) {
      throw new UsageError(
        say(lang, messages.cliSpec.referenceDocTooLarge, { file: shown, megabytes: MAX_REFERENCE_BYTES / 1024 / 1024 }),
      )
    }
    const read = await readCliFile(root, file)
    if (!read.ok) {
      const words = describeFileError(read.reason)
      throw new UsageError(say(lang, messages.cliSpec.cannotReadReferenceDoc, { file: shown, reason: words[lang] }))
    }
    const styles = readReferenceStyles(read.bytes)
    if ('problem' in styles) throw new UsageError(`--reference-doc ${shown}: ${styles.problem[lang]}.`)
    referenceStyles = styles.styles
  }
  const docx = await renderDocx(tree, referenceStyles === undefined ? {} : { referenceStyles })
  await writeOutputFile(resolve(cwd, output), docx, root, cwd, lang)
}
