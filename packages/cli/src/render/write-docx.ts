import { readFileSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { Language } from '@fordela/parser'
import type { RenderedDocument } from '@fordela/render-markdown'
import { UsageError } from '../errors.js'
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
 * pandoc's `--reference-doc`) when given. A reference that cannot be read
 * or is no Word document is a usage error naming it; nothing is written.
 */
export async function writeDocx(tree: RenderedDocument['tree'], output: string, referenceDoc: string | undefined, cwd: string, lang: Language): Promise<void> {
  const { readReferenceStyles, renderDocx } = await import('@fordela/render-docx')
  let referenceStyles: string | undefined
  if (referenceDoc !== undefined) {
    const file = resolve(cwd, referenceDoc)
    const shown = relative(cwd, file) || file
    let bytes: Uint8Array
    try {
      if (statSync(file).size > MAX_REFERENCE_BYTES) {
        throw new UsageError(
          lang === 'sv'
            ? `--reference-doc ${shown}: filen är större än ${MAX_REFERENCE_BYTES / 1024 / 1024} MB.`
            : `--reference-doc ${shown}: the file is larger than ${MAX_REFERENCE_BYTES / 1024 / 1024} MB.`,
        )
      }
      bytes = readFileSync(file)
    } catch (error) {
      if (error instanceof UsageError) throw error
      const reason = (error as NodeJS.ErrnoException).code ?? String(error)
      throw new UsageError(lang === 'sv' ? `--reference-doc ${shown}: kan inte läsa filen (${reason}).` : `--reference-doc ${shown}: cannot read the file (${reason}).`)
    }
    const read = readReferenceStyles(bytes)
    if ('problem' in read) throw new UsageError(`--reference-doc ${shown}: ${read.problem[lang]}.`)
    referenceStyles = read.styles
  }
  const docx = await renderDocx(tree, referenceStyles === undefined ? {} : { referenceStyles })
  writeOutputFile(resolve(cwd, output), docx, cwd, lang)
}
