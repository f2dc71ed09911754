import { strFromU8, unzipSync } from 'fflate'

/** What a reference document gave: Word's styles part, or why there is none, in Swedish and English. */
export type ReferenceStyles =
  | { readonly styles: string }
  | { readonly problem: { readonly sv: string; readonly en: string } }

/** A reference document's styles part may be this large; Word's own are some 30–60 kB. */
const MAX_STYLES_BYTES = 4 * 1024 * 1024

/**
 * The styles (`word/styles.xml`) of a county's reference .docx, which the
 * memo then uses as pandoc's `--reference-doc` does: its headings, body
 * text, tables and fonts. Only that part is unpacked.
 */
export function readReferenceStyles(docx: Uint8Array): ReferenceStyles {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(docx, {
      filter: (file) => file.name === 'word/styles.xml' && file.originalSize <= MAX_STYLES_BYTES,
    })
  } catch {
    return { problem: { sv: 'filen är inget Word-dokument (.docx)', en: 'the file is no Word document (.docx)' } }
  }
  const styles = entries['word/styles.xml']
  if (!styles) {
    return {
      problem: {
        sv: `dokumentet har inga formatmallar (word/styles.xml, högst ${MAX_STYLES_BYTES / 1024 / 1024} MB)`,
        en: `the document has no styles (word/styles.xml, at most ${MAX_STYLES_BYTES / 1024 / 1024} MB)`,
      },
    }
  }
  return { styles: strFromU8(styles) }
}
