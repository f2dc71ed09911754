import { relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { UsageError } from '../errors.js'
import { writeFileAtomically } from '../output/write-file-atomically.js'

/** Writes a file atomically; a failure (no such folder, no permission) is a usage error naming the file. */
export function writeOutputFile(file: string, text: string | Uint8Array, cwd: string, lang: Language): void {
  try {
    writeFileAtomically(file, text)
  } catch (error) {
    const shown = relative(cwd, file) || file
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new UsageError(lang === 'sv' ? `${shown}: kan inte skriva filen (${reason}).` : `${shown}: cannot write the file (${reason}).`)
  }
}
