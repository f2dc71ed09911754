import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanCsvSpans } from './scan-csv-spans.js'
import { propertyOptions } from '../../../../test/properties/property-options.js'

/** csv-parse's reading of `text` with the options the importer uses: records, or the error code. */
function parseWithCsvParse(text: string, lineBreak: string): { records: string[][]; error?: string } {
  const records: string[][] = []
  try {
    parse(text, {
      delimiter: ';',
      record_delimiter: lineBreak,
      quote: '"',
      escape: '"',
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        records.push(record)
        return record
      },
    })
    return { records }
  } catch (error) {
    return { records, error: (error as { code: string }).code }
  }
}

/** The value of a field as written: without its quotes, `""` read as `"`. */
function unquote(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field
}

describe('scanCsvSpans', () => {
  it('gives each record and field its offsets, skipping empty lines', () => {
    const text = 'a;"b;c"\n\n;x\n'
    const scan = scanCsvSpans(text, 0, ';', '\n')
    // "a;"b;c"" is offsets 0–7; the empty line 8; ";x" is 9–11 with an empty first field at 9.
    expect(scan).toEqual({
      records: [
        {
          span: [0, 7],
          fields: [
            [0, 1],
            [2, 7],
          ],
        },
        {
          span: [9, 11],
          fields: [
            [9, 9],
            [10, 11],
          ],
        },
      ],
    })
  })

  it('places quoting errors where csv-parse finds them', () => {
    expect(scanCsvSpans('a;"b\n', 0, ';', '\n').error).toEqual({ code: 'CSV_QUOTE_NOT_CLOSED', span: [2, 3] })
    expect(scanCsvSpans('a;"b"c\n', 0, ';', '\n').error).toEqual({ code: 'CSV_INVALID_CLOSING_QUOTE', span: [5, 6] })
    expect(scanCsvSpans('a;b"c\n', 0, ';', '\n').error).toEqual({ code: 'INVALID_OPENING_QUOTE', span: [3, 4] })
  })

  it('agrees with csv-parse on records, field values and errors for any text', () => {
    const piece = fc.constantFrom('a', 'å', ' ', ';', '"', '""', '\n', '\r\n', '\r')
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(text, fc.constantFrom('\n', '\r\n'), (input, lineBreak) => {
        const expected = parseWithCsvParse(input, lineBreak)
        const scan = scanCsvSpans(input, 0, ';', lineBreak)
        const values = scan.records.map((r) => r.fields.map(([s, e]) => unquote(input.slice(s, e))))
        expect(values).toEqual(expected.records)
        expect(scan.error?.code).toBe(expected.error)
      }),
      propertyOptions('agrees with csv-parse on records, field values and errors for any text', 3000),
    )
  })
})
