import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { CsvImport, DatasetUnit } from '../model/documents.js'
import type { Located, SourceRange } from '../model/source.js'
import { createLineIndex } from '../yaml/line-index.js'
import { importCsvUnits } from './import-csv.js'

const CSV = 'data/folk.csv'
const YAML = 'data/folk.yaml'

/** 1-based "line:column" of `offset` in `text`. */
function lineColumn(text: string, offset: number): string {
  const { line, column } = createLineIndex(text).locate(offset)
  return `${line}:${column}`
}

/** Where a range starts and what it covers, e.g. `2:5 "01"`. */
function where(text: string, at: SourceRange): string {
  return `${lineColumn(text, at.span[0])} ${JSON.stringify(text.slice(at.span[0], at.span[1]))}`
}

/** A fake place in the dataset YAML; each value gets its own span so positions can be told apart. */
let nextOffset = 0
function yamlValue<T>(value: T): Located<T> {
  nextOffset += 10
  return { value, at: { file: YAML, span: [nextOffset, nextOffset + 5] } }
}

function spec(options: {
  unit: string
  name?: string
  group?: string
  measures: Record<string, string>
  rename?: Record<string, string>
  delimiter?: ';' | ',' | '\t'
  skipRows?: number
}): CsvImport {
  return {
    path: yamlValue('folk.csv'),
    unit: yamlValue(options.unit),
    ...(options.name === undefined ? {} : { name: yamlValue(options.name) }),
    ...(options.group === undefined ? {} : { group: yamlValue(options.group) }),
    measures: Object.entries(options.measures).map(([measure, column]) => ({
      measure: yamlValue(measure),
      column: yamlValue(column),
    })),
    rename: Object.entries(options.rename ?? {}).map(([from, to]) => ({ from: yamlValue(from), to: yamlValue(to) })),
    ...(options.delimiter === undefined ? {} : { delimiter: yamlValue(options.delimiter) }),
    ...(options.skipRows === undefined ? {} : { skipRows: yamlValue(options.skipRows) }),
    at: { file: YAML, span: [0, 1] },
  }
}

/** A unit as `id | name | group | measure=value@line:col …`. */
function describeUnit(text: string, unit: DatasetUnit): string {
  const values = [...unit.values].map(
    ([measure, v]) => `${measure}=${v.value.toString()}@${lineColumn(text, v.at.span[0])}`,
  )
  return [`${unit.id.value}@${lineColumn(text, unit.id.at.span[0])}`, unit.name, unit.group ?? '-', ...values].join(
    ' | ',
  )
}

function describeDiagnostic(text: string, d: Diagnostic): string {
  const place = d.file === CSV ? lineColumn(text, d.span[0]) : `yaml@${d.span[0]}`
  return `${d.code} ${place} ${d.message.en}`
}

describe('importCsvUnits', () => {
  it('reads an SCB export: BOM, title line, CRLF, quoted code-and-name cells, spaced thousands, decimal comma', () => {
    const text = [
      '\uFEFF"Folkmängd efter region och år"',
      '"region";"2023"',
      '"01 Stockholms län";"2\u00A0454\u00A0821"',
      '"03 Uppsala län";404\u202F589',
      '"04 Södermanlands län";1\u2009234,5',
      '',
    ].join('\r\n')
    const result = importCsvUnits(text, spec({ unit: 'region', measures: { folkmangd: '2023' }, skipRows: 1 }), CSV)
    expect(result.diagnostics).toEqual([])
    // Line 3 is `"01 Stockholms län";…`: the id starts after the opening quote (column 2),
    // the value cell's content after `"01 Stockholms län";"` (1 + 19 + 1 = column 22).
    expect(result.units.map((u) => describeUnit(text, u))).toEqual([
      '01@3:2 | Stockholms län | - | folkmangd=2454821@3:22',
      '03@4:2 | Uppsala län | - | folkmangd=404589@4:18',
      // 1 234,5 = 2469/2 exactly.
      '04@5:2 | Södermanlands län | - | folkmangd=2469/2@5:24',
    ])
    expect(where(text, result.units[0]!.at)).toBe('3:1 "\\"01 Stockholms län\\";\\"2\u00A0454\u00A0821\\""')
    expect(where(text, result.units[0]!.id.at)).toBe('3:2 "01"')
  })

  it('reads a comma file with a quoted field that holds the separator', () => {
    const text = 'kod,namn,värde\n01,"Stockholm, län",5\n03,Uppsala,7\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', name: 'namn', measures: { v: 'värde' } }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => describeUnit(text, u))).toEqual([
      '01@2:1 | Stockholm, län | - | v=5@2:21',
      '03@3:1 | Uppsala | - | v=7@3:12',
    ])
  })

  it('detects a tab delimiter and reads a group column', () => {
    const text = 'kommun\tlän\tfolk\nAle\tVästra Götalands län\t32595\n'
    const result = importCsvUnits(text, spec({ unit: 'kommun', group: 'län', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => describeUnit(text, u))).toEqual([
      'Ale@2:1 | Ale | Västra Götalands län | folk=32595@2:26',
    ])
  })

  it('picks the delimiter that yields the named headers when the header line has two candidates', () => {
    // `,` occurs twice, `;` once: by count `,` would win, but only `;` gives the header "folkmängd, antal".
    const text = 'kod;folkmängd, antal, totalt\n01;5\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { f: 'folkmängd, antal, totalt' } }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => describeUnit(text, u))).toEqual(['01@2:1 | 01 | - | f=5@2:4'])
  })

  it('leaves `..` and empty cells out of the values without a diagnostic', () => {
    const text = 'kod;a;b\n01;..;\n02;.;3\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { a: 'a', b: 'b' } }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => describeUnit(text, u))).toEqual(['01@2:1 | 01 | -', '02@3:1 | 02 | - | b=3@3:6'])
  })

  it('reports a cell that is not a number at the cell', () => {
    const text = 'kod;a\n01;12 34\n02;1,2,3\n03;-7\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { a: 'a' } }), CSV)
    expect(result.diagnostics.map((d) => describeDiagnostic(text, d))).toEqual([
      'data/csv-invalid-number 2:4 "12 34" in the column "a" is not a number.',
      'data/csv-invalid-number 3:4 "1,2,3" in the column "a" is not a number.',
      // A weight is never negative: -7 would make a division hand out more than its whole.
      'data/csv-invalid-number 4:4 "-7" in the column "a" is not a number.',
    ])
    expect(result.units.map((u) => describeUnit(text, u))).toEqual([
      '01@2:1 | 01 | -',
      '02@3:1 | 02 | -',
      '03@4:1 | 03 | -',
    ])
  })

  it('reports a ragged row and a row with another delimiter at the row, and skips them', () => {
    const text = 'kod;namn;folk\n01;Stockholms län;2454821\n03;Uppsala län\n04,Södermanlands län,301944\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', name: 'namn', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics.map((d) => describeDiagnostic(text, d))).toEqual([
      'data/csv-ragged-row 3:1 The row has 2 fields but the header row has 3, so its values cannot be matched to their columns. The row is not used.',
      'data/csv-mixed-delimiters 4:1 The row separates its fields with "," but the header row with ";". The row is not used.',
    ])
    expect(where(text, result.diagnostics[0]!)).toBe('3:1 "03;Uppsala län"')
    expect(result.units.map((u) => u.id.value)).toEqual(['01'])
  })

  it('reports an unclosed quote at the quote and keeps the rows before it', () => {
    const text = 'kod;folk\n01;5\n03;"7\n04;9\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics.map((d) => describeDiagnostic(text, d))).toEqual([
      'data/csv-syntax 3:4 The CSV file cannot be parsed from here: the quote here is never closed. Only the rows before the error are used.',
    ])
    expect(result.units.map((u) => u.id.value)).toEqual(['01'])
  })

  it('reports text after a closing quote at that text', () => {
    const text = 'kod;folk\n01;"5"x\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics.map((d) => describeDiagnostic(text, d))).toEqual([
      'data/csv-syntax 2:7 The CSV file cannot be parsed from here: a closing quote must be followed by a delimiter or the end of the line. Only the rows before the error are used.',
    ])
  })

  it('reports a missing column at the dataset entry, with the closest header and the header row', () => {
    const text = 'lanskod;lan;folkmangd\n01;Stockholms län;2454821\n'
    const input = spec({ unit: 'lanskd', name: 'lan', measures: { folkmangd: 'folkmangd' } })
    const result = importCsvUnits(text, input, CSV)
    expect(result.units).toEqual([])
    expect(result.diagnostics).toHaveLength(1)
    const [missing] = result.diagnostics
    expect(missing?.message.en).toBe(
      'The CSV file has no column "lanskd"; the header row has "lanskod", "lan", "folkmangd".',
    )
    expect(missing?.span).toEqual(input.unit.at.span)
    expect(missing?.file).toBe(YAML)
    expect(missing?.suggestions).toEqual(['lanskod'])
    expect(missing?.related?.map((r) => `${r.file} ${where(text, r)}`)).toEqual([`${CSV} 1:1 "lanskod;lan;folkmangd"`])
  })

  it('splits `01 Stockholms län` only when unit and name share the column', () => {
    const text = 'region;folk\n01 Stockholms län;1\n0114 Upplands Väsby;2\nAle;3\n'
    const result = importCsvUnits(text, spec({ unit: 'region', name: 'region', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => `${where(text, u.id.at)} ${u.name}`)).toEqual([
      '2:1 "01" Stockholms län',
      '3:1 "0114" Upplands Väsby',
      '4:1 "Ale" Ale',
    ])
  })

  it('renames units (and a name read from the same cell) and warns about a rename that matches no row', () => {
    const text = 'kommun;folkmangd\nEssung;5604\nMarks;34000\n'
    const input = spec({
      unit: 'kommun',
      name: 'kommun',
      measures: { f: 'folkmangd' },
      rename: { Essung: 'Essunga', Lerums: 'Lerum' },
    })
    const result = importCsvUnits(text, input, CSV)
    expect(result.units.map((u) => `${u.id.value} ${u.name} ${where(text, u.id.at)}`)).toEqual([
      'Essunga Essunga 2:1 "Essung"',
      'Marks Marks 3:1 "Marks"',
    ])
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.span, d.message.en])).toEqual([
      [
        'data/rename-unknown-unit',
        'warning',
        input.rename[1]!.from.at.span,
        'No row of the CSV file has the unit "Lerums", so the rename does nothing.',
      ],
    ])
  })

  it('reports a duplicate unit at its second row, related to the first', () => {
    const text = 'kod;folk\n01;1\n03;2\n01;3\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics.map((d) => describeDiagnostic(text, d))).toEqual([
      'data/csv-duplicate-unit 4:1 The unit "01" is already on an earlier row, so it is unclear which weight applies.',
    ])
    expect(result.diagnostics[0]?.related?.map((r) => lineColumn(text, r.span[0]))).toEqual(['2:1'])
    expect(result.units.map((u) => u.values.get('folk')?.value.toString())).toEqual(['1', '2'])
  })

  it('reports a row without a unit', () => {
    const text = 'kod;folk\n;5\n'
    const result = importCsvUnits(text, spec({ unit: 'kod', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics.map((d) => describeDiagnostic(text, d))).toEqual([
      'data/csv-empty-unit 2:1 The row has no unit in the column "kod", so its values belong to no unit. The row is not used.',
    ])
  })

  it('matches headers and names written in decomposed Unicode (å as a + ring)', () => {
    const text = 'la\u0308n;va\u0308rde\nVa\u0308sterbotten;1\n'
    const result = importCsvUnits(text, spec({ unit: 'län', measures: { v: 'värde' } }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => u.id.value)).toEqual(['Västerbotten'])
  })

  it('uses the delimiter the dataset gives even when the header suggests another', () => {
    const text = 'kod,namn;folk\n01,x;5\n'
    const result = importCsvUnits(text, spec({ unit: 'kod,namn', measures: { folk: 'folk' }, delimiter: ';' }), CSV)
    expect(result.diagnostics).toEqual([])
    expect(result.units.map((u) => u.id.value)).toEqual(['01,x'])
  })

  it('reports every named column of an empty file as missing', () => {
    const result = importCsvUnits('', spec({ unit: 'kod', measures: { folk: 'folk' } }), CSV)
    expect(result.diagnostics.map((d) => d.message.en)).toEqual([
      'The CSV file has no column "kod"; it has no header row at all.',
      'The CSV file has no column "folk"; it has no header row at all.',
    ])
  })
})
