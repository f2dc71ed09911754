/** Start and end offset (UTF-16 code units) in the CSV text. */
export type CsvSpan = readonly [start: number, end: number]

/** Where one record and each of its fields lie in the CSV text (line break excluded). */
export interface CsvRecordSpans {
  readonly span: CsvSpan
  /** Each field as written, quotes included. */
  readonly fields: readonly CsvSpan[]
}

/** csv-parse's codes for the quoting errors a scan can meet. */
export type CsvQuoteError = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_INVALID_CLOSING_QUOTE' | 'INVALID_OPENING_QUOTE'

/** The records before a quoting error, and the error's place. */
export interface CsvScan {
  readonly records: readonly CsvRecordSpans[]
  readonly error?: { readonly code: CsvQuoteError; readonly span: CsvSpan }
}

/**
 * Finds the offsets of every record and field from `start` on, by the same
 * rules csv-parse applies with `skip_empty_lines` and `"` as quote and
 * escape. csv-parse gives values but no reliable offsets (its `raw` drops
 * part of a `\r\n` and the empty lines it skips), so diagnostics take their
 * positions from here.
 */
export function scanCsvSpans(text: string, start: number, delimiter: string, lineBreak: string): CsvScan {
  const records: CsvRecordSpans[] = []
  const atBreak = (i: number): boolean => text.startsWith(lineBreak, i)
  let i = start
  while (i < text.length) {
    if (atBreak(i)) {
      i += lineBreak.length
      continue
    }
    const recordStart = i
    const fields: CsvSpan[] = []
    for (;;) {
      const fieldStart = i
      if (text[i] === '"') {
        const close = findClosingQuote(text, i + 1)
        if (close < 0) return { records, error: { code: 'CSV_QUOTE_NOT_CLOSED', span: [i, i + 1] } }
        i = close + 1
        if (i < text.length && text[i] !== delimiter && !atBreak(i)) {
          return { records, error: { code: 'CSV_INVALID_CLOSING_QUOTE', span: [i, i + 1] } }
        }
      } else {
        while (i < text.length && text[i] !== delimiter && !atBreak(i)) {
          if (text[i] === '"') return { records, error: { code: 'INVALID_OPENING_QUOTE', span: [i, i + 1] } }
          i += 1
        }
      }
      fields.push([fieldStart, i])
      if (text[i] !== delimiter) break
      i += 1
    }
    records.push({ span: [recordStart, i], fields })
    if (atBreak(i)) i += lineBreak.length
  }
  return { records }
}

/** The offset of the quote that closes a quoted field whose content starts at `from`, or -1. */
function findClosingQuote(text: string, from: number): number {
  let i = from
  for (;;) {
    const quote = text.indexOf('"', i)
    if (quote < 0) return -1
    if (text[quote + 1] !== '"') return quote
    i = quote + 2
  }
}
