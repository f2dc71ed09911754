import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestClosest } from '../diagnostics/did-you-mean.js'
import type { CsvImport } from '../model/documents.js'
import type { Located } from '../model/source.js'
import { normalizeCsvText } from './detect-csv-format.js'
import type { CsvRecord } from './parse-csv-records.js'

/** Field indexes of the columns a dataset reads. */
export interface CsvColumns {
  readonly unit: number
  /** The unit column itself when the name shares it (then `01 Stockholms län` is split). */
  readonly name: number
  readonly group?: number
  readonly measures: readonly { readonly measure: string; readonly header: string; readonly index: number }[]
}

/**
 * Finds every column the import names in the header record. Each one that
 * is missing is reported at its place in the dataset file, with the
 * closest headers as suggestions; then there are no columns.
 */
export function locateCsvColumns(
  header: CsvRecord | undefined,
  spec: CsvImport,
  csvFile: string,
): { columns?: CsvColumns; diagnostics: Diagnostic[] } {
  const headers = (header?.values ?? []).map(normalizeCsvText)
  const diagnostics: Diagnostic[] = []
  const find = (column: Located<string>): number => {
    const index = headers.indexOf(normalizeCsvText(column.value))
    if (index < 0) diagnostics.push(reportMissing(column, headers, header, csvFile))
    return index
  }
  const unit = find(spec.unit)
  const name = spec.name === undefined ? unit : find(spec.name)
  const group = spec.group === undefined ? undefined : find(spec.group)
  const measures = spec.measures.map(({ measure, column }) => ({
    measure: measure.value,
    header: column.value,
    index: find(column),
  }))
  if (diagnostics.length > 0) return { diagnostics }
  return { columns: { unit, name, ...(group === undefined ? {} : { group }), measures }, diagnostics }
}

function reportMissing(
  column: Located<string>,
  headers: readonly string[],
  header: CsvRecord | undefined,
  csvFile: string,
): Diagnostic {
  const listed = headers.map((h) => `"${h}"`).join(', ')
  const related = header
    ? [
        relatedAt(
          { file: csvFile, span: header.span },
          { sv: 'CSV-filens rubrikrad.', en: "The CSV file's header row." },
        ),
      ]
    : []
  return createDiagnostic('data/csv-missing-column', { column: column.value, headers: listed }, column.at, {
    suggestions: suggestClosest(column.value, headers),
    related,
  })
}
