import { CsvError, parse } from 'csv-parse/sync'
import { scanCsvSpans, type CsvSpan } from './scan-csv-spans.js'

/** One CSV record: its field values and where it and each field are in the text. */
export interface CsvRecord {
  readonly values: readonly string[]
  readonly span: CsvSpan
  readonly fields: readonly CsvSpan[]
}

/** The records of a CSV text up to its first syntax error, if any. */
export interface CsvRecords {
  readonly records: readonly CsvRecord[]
  readonly error?: { readonly code: string; readonly span: CsvSpan }
}

/**
 * Parses the CSV text from offset `start` with csv-parse and pairs each
 * record with its offsets. Empty lines are skipped; rows may differ in
 * length (the caller reports that per row). On a syntax error the records
 * before it are kept.
 */
export function parseCsvRecords(text: string, start: number, delimiter: string, lineBreak: string): CsvRecords {
  const values: string[][] = []
  let errorCode: string | undefined
  try {
    parse(text.slice(start), {
      delimiter,
      record_delimiter: lineBreak,
      quote: '"',
      escape: '"',
      relax_column_count: true,
      skip_empty_lines: true,
      // Collected here rather than from the return value so the rows before an error survive it.
      on_record: (record: string[]) => {
        values.push(record)
        return record
      },
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    errorCode = error.code
  }
  const scan = scanCsvSpans(text, start, delimiter, lineBreak)
  const records = values.map((fieldValues, index): CsvRecord => {
    const spans = scan.records[index]
    return {
      values: fieldValues,
      span: spans?.span ?? [text.length, text.length],
      fields: spans?.fields ?? [],
    }
  })
  if (errorCode === undefined) return { records }
  const span = scan.error?.span ?? scan.records[records.length]?.span ?? [text.length, text.length]
  return { records, error: { code: errorCode, span } }
}
