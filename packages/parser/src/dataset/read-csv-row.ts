import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Located } from '../model/source.js'
import { Rational } from '../money/rational.js'
import { CSV_DELIMITERS, countUnquoted, normalizeCsvText, type CsvDelimiter } from './detect-csv-format.js'
import type { CsvColumns } from './locate-csv-columns.js'
import type { CsvRecord } from './parse-csv-records.js'
import { readCsvNumber } from './read-csv-number.js'
import type { CsvSpan } from './scan-csv-spans.js'
import { splitUnitCell } from './split-unit-cell.js'
import { LocatedValue } from '../model/located-value.js'

/** A data row read as a unit, before renames and the duplicate check. */
export interface CsvRow {
  readonly id: Located<string>
  readonly name: string
  /** The name is the unit cell itself, so a rename renames it too. */
  readonly nameIsId: boolean
  readonly group?: string
  readonly values: ReadonlyMap<string, Located<Rational>>
  readonly span: CsvSpan
}

/** What a row is read against. */
export interface CsvRowContext {
  readonly text: string
  readonly file: string
  readonly columns: CsvColumns
  readonly headerCount: number
  readonly delimiter: CsvDelimiter
  readonly unitHeader: string
}

/**
 * Reads one data row: its unit (split into code and name when they share
 * a column), group and measure values. A row of the wrong length or
 * without a unit is reported and yields no row; a cell that is not a number
 * is reported and left out of `values`, as is a missing value (`..`).
 */
export function readCsvRow(record: CsvRecord, context: CsvRowContext): { row?: CsvRow; diagnostics: Diagnostic[] } {
  const { text, file, columns } = context
  if (record.values.length !== context.headerCount) return { diagnostics: [reportRaggedRow(record, context)] }
  const cell = (index: number): { text: string; span: CsvSpan } => {
    const field = record.fields[index] ?? record.span
    return { text: normalizeCsvText(record.values[index] ?? ''), span: trimCell(text, field) }
  }
  const unitCell = cell(columns.unit)
  if (unitCell.text === '') {
    const diagnostic = createDiagnostic(
      'data/csv-empty-unit',
      { column: context.unitHeader },
      { file, span: record.span },
    )
    return { diagnostics: [diagnostic] }
  }
  const shared = columns.name === columns.unit
  const split = shared
    ? splitUnitCell(unitCell.text)
    : { id: unitCell.text, name: cell(columns.name).text || unitCell.text }
  const idStart = unitCell.span[0]
  const idSpan: CsvSpan = split.id === unitCell.text ? unitCell.span : [idStart, idStart + split.id.length]
  const diagnostics: Diagnostic[] = []
  const values = new Map<string, Located<Rational>>()
  for (const { measure, header, index } of columns.measures) {
    const { text: valueText, span } = cell(index)
    const number = readCsvNumber(valueText)
    if (number.type === 'number')
      values.set(measure, new LocatedValue(Rational.fromDecimalString(number.decimal), file, span[0], span[1]))
    else if (number.type === 'invalid') {
      diagnostics.push(createDiagnostic('data/csv-invalid-number', { text: valueText, column: header }, { file, span }))
    }
  }
  const group = columns.group === undefined ? '' : cell(columns.group).text
  const row: CsvRow = {
    id: new LocatedValue(split.id, file, idSpan[0], idSpan[1]),
    name: split.name,
    nameIsId: shared && split.id === split.name,
    ...(group === '' ? {} : { group }),
    values,
    span: record.span,
  }
  return { row, diagnostics }
}

/** A row of the wrong length; when another delimiter would give it the right length, says so. */
function reportRaggedRow(record: CsvRecord, context: CsvRowContext): Diagnostic {
  const at = { file: context.file, span: record.span }
  const rowText = context.text.slice(record.span[0], record.span[1])
  const other = CSV_DELIMITERS.find(
    (d) => d !== context.delimiter && countUnquoted(rowText, d) === context.headerCount - 1,
  )
  if (other !== undefined) {
    return createDiagnostic('data/csv-mixed-delimiters', { used: other, expected: context.delimiter }, at)
  }
  return createDiagnostic('data/csv-ragged-row', { fields: record.values.length, expected: context.headerCount }, at)
}

/** The span of a field's content: inside its quotes, without surrounding white space. */
function trimCell(text: string, [start, end]: CsvSpan): CsvSpan {
  let from = start
  let to = end
  if (to - from >= 2 && text[from] === '"' && text[to - 1] === '"') {
    from += 1
    to -= 1
  }
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1
  return [from, to]
}
