import { formatKronor } from '../../money/format-kronor.js'
import type { Rational } from '../../money/rational.js'
import type { ImportedDataset } from './build-scb-dataset.js'

/** The headers of an imported dataset's CSV file besides one per measure. */
export const IMPORTED_CSV_COLUMNS = { unit: 'kod', name: 'namn', group: 'lan' } as const

/**
 * The units as a CSV file the Dataset reads: `kod;namn;lan;<measure ids>`
 * (`kod;namn;<measure ids>` for län),
 * one row per unit in code order, `..` where SCB gives no value, `\n` line
 * ends and UTF-8 without a byte order mark, so the same data always gives the
 * same bytes.
 */
export function formatImportedCsv(dataset: ImportedDataset): string {
  // Only a kommun has a län above it.
  const grouped = dataset.unitKind === 'kommun'
  const header = [
    IMPORTED_CSV_COLUMNS.unit,
    IMPORTED_CSV_COLUMNS.name,
    ...(grouped ? [IMPORTED_CSV_COLUMNS.group] : []),
    ...dataset.measures.map((m) => m.id),
  ]
  const rows = dataset.units.map((unit) => [
    unit.code,
    unit.name,
    ...(grouped ? [unit.group ?? ''] : []),
    ...unit.values.map((v) => (v === undefined ? '..' : formatDecimal(v))),
  ])
  return `${[header, ...rows].map((row) => row.map(quoteCsvField).join(';')).join('\n')}\n`
}

/**
 * The Dataset spec beside the CSV file: what, when, and the source block
 * (table, selection, retrieval date, the downloaded file and its SHA-256).
 * Texts from the file are written as double-quoted YAML scalars, so no name
 * can become YAML syntax.
 */
export function formatImportedYaml(dataset: ImportedDataset, csvFileName: string): string {
  const q = (text: string) => JSON.stringify(text)
  const { source } = dataset
  const lines = [
    '# Skriven av fordela data import; ändra inte för hand utan importera om filen från SCB.',
    '# Written by fordela data import; do not edit by hand, import the file from SCB again.',
    'apiVersion: fordela/v1',
    'kind: Dataset',
    `id: ${dataset.id}`,
    `title: ${q(dataset.title)}`,
    `unitKind: ${dataset.unitKind}`,
    `referenceDate: ${dataset.referenceDate}`,
    'source:',
    '  publisher: SCB',
    ...(source.table === undefined ? [] : [`  table: ${q(source.table)}`]),
    `  retrieved: ${source.retrieved}`,
    '  selection:',
    `    region: ${source.selection.region}`,
    ...(source.selection.age === undefined ? [] : [`    age: ${q(source.selection.age)}`]),
    `    time: ${q(source.selection.time)}`,
    `  file: ${q(source.file)}`,
    `  sha256: ${source.sha256}`,
    'measures:',
    ...dataset.measures.flatMap((measure) => [
      `  - id: ${measure.id}`,
      `    title: ${q(measure.title)}`,
      ...(measure.total !== undefined && measure.total.den === 1n
        ? [`    total: ${formatKronor(measure.total.toDecimal(), { unit: 'none', space: 'plain' })}`]
        : []),
    ]),
    'csv:',
    `  path: ${q(csvFileName)}`,
    `  unit: ${IMPORTED_CSV_COLUMNS.unit}`,
    `  name: ${IMPORTED_CSV_COLUMNS.name}`,
    ...(dataset.unitKind === 'kommun' ? [`  group: ${IMPORTED_CSV_COLUMNS.group}`] : []),
    '  measures:',
    ...dataset.measures.map((measure) => `    ${measure.id}: ${measure.id}`),
  ]
  return `${lines.join('\n')}\n`
}

/** An exact decimal in plain notation (`1234`, `1234.5`); imported values are sums of decimals, so always finite. */
function formatDecimal(value: Rational): string {
  if (value.den === 1n) return value.num.toString()
  let scale = 0
  let num = value.num
  let den = value.den
  while (den !== 1n && scale < 40) {
    num *= 10n
    scale += 1
    const divisor = gcd(num, den)
    num /= divisor
    den /= divisor
  }
  const digits = num.toString().padStart(scale + 1, '0')
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b]
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/** A CSV field, quoted when it holds the delimiter, a quote or a line break. */
function quoteCsvField(field: string): string {
  return /[;"\r\n]/u.test(field) ? `"${field.replace(/"/gu, '""')}"` : field
}
