import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate'

/** Every entry's time in the archive: the earliest a zip file can state. */
const ZIP_EPOCH = new Date(1980, 0, 1)

/**
 * The same .docx with the same bytes for the same memo: docx stamps the
 * document's creation and modification times (docProps/core.xml) and each
 * zip entry's time with the clock. Those stamps are dropped and the archive
 * rewritten with fixed entry times, in docx's own entry order.
 */
export function makeDeterministic(docx: Uint8Array): Uint8Array {
  const entries = unzipSync(docx)
  const core = entries['docProps/core.xml']
  if (core) {
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, ''),
    )
  }
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: ZIP_EPOCH }]])),
    { level: 6 },
  )
}
