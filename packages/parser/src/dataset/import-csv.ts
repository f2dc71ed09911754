import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { CsvImport, DatasetUnit } from '../model/documents.js'
import { detectDelimiter, detectLineBreak, normalizeCsvText, skipLines } from './detect-csv-format.js'
import { locateCsvColumns } from './locate-csv-columns.js'
import { parseCsvRecords } from './parse-csv-records.js'
import { readCsvRow, type CsvRow } from './read-csv-row.js'
import { locateValue } from '../model/located-value.js'

/**
 * Reads a dataset's units from CSV text as SCB's statistikdatabas exports
 * it: an optional BOM and title lines, `;`, `,` or tab between fields
 * (detected from the header when not given), Swedish number formatting,
 * `..` for a missing value and `01 Stockholms län` cells. Every unit, value
 * and diagnostic points into `csvFile` (offsets into `csvText` as given);
 * a missing column points at the dataset's own `csv:` entry.
 */
export function importCsvUnits(
  csvText: string,
  spec: CsvImport,
  csvFile: string,
): { units: DatasetUnit[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const bodyStart = csvText.startsWith('\uFEFF') ? 1 : 0
  const headerStart = skipLines(csvText, bodyStart, spec.skipRows?.value ?? 0)
  const lineBreak = detectLineBreak(csvText, headerStart)
  const delimiter = spec.delimiter?.value ?? detectDelimiter(readLine(csvText, headerStart), namedColumns(spec))
  const parsed = parseCsvRecords(csvText, headerStart, delimiter, lineBreak)
  if (parsed.error) {
    const at = { file: csvFile, span: parsed.error.span }
    diagnostics.push(createDiagnostic('data/csv-syntax', { error: parsed.error.code }, at))
  }
  const [header, ...records] = parsed.records
  const located = locateCsvColumns(header, spec, csvFile)
  diagnostics.push(...located.diagnostics)
  if (!header || !located.columns) return { units: [], diagnostics }

  const context = {
    text: csvText,
    file: csvFile,
    columns: located.columns,
    headerCount: header.values.length,
    delimiter,
    unitHeader: spec.unit.value,
  }
  const renames = new Map(spec.rename.map((rename) => [normalizeCsvText(rename.from.value), rename]))
  const used = new Set<string>()
  const units: DatasetUnit[] = []
  const seen = new Map<string, DatasetUnit>()
  for (const record of records) {
    const read = readCsvRow(record, context)
    diagnostics.push(...read.diagnostics)
    if (!read.row) continue
    const renamed = renames.get(read.row.id.value)
    if (renamed) used.add(read.row.id.value)
    const unit = toUnit(read.row, renamed?.to.value)
    const first = seen.get(unit.id.value)
    if (first) {
      diagnostics.push(
        createDiagnostic('data/csv-duplicate-unit', { unit: unit.id.value }, unit.id.at, {
          related: [relatedAt(first.id.at, { sv: 'Enhetens första rad.', en: "The unit's first row." })],
        }),
      )
      continue
    }
    seen.set(unit.id.value, unit)
    units.push(unit)
  }
  for (const [from, rename] of renames) {
    if (!used.has(from)) diagnostics.push(createDiagnostic('data/rename-unknown-unit', { unit: from }, rename.from.at))
  }
  return { units, diagnostics }
}

/** A row as a unit, with its id (and a name read from the same cell) renamed when asked. */
function toUnit(row: CsvRow, renameTo: string | undefined): DatasetUnit {
  const id = renameTo === undefined ? row.id : locateValue(renameTo, row.id.at)
  const name = renameTo !== undefined && row.nameIsId ? renameTo : row.name
  return {
    id,
    name,
    ...(row.group === undefined ? {} : { group: row.group }),
    values: row.values,
    at: { file: row.id.at.file, span: row.span },
  }
}

/** Every header the import names, to tell delimiters apart. */
function namedColumns(spec: CsvImport): string[] {
  return [spec.unit, spec.name, spec.group, ...spec.measures.map((m) => m.column)].flatMap((c) => (c ? [c.value] : []))
}

/** The text of the line starting at `start`. */
function readLine(text: string, start: number): string {
  const end = text.slice(start).search(/\r|\n/u)
  return end < 0 ? text.slice(start) : text.slice(start, start + end)
}
