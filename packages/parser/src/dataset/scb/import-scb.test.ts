import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildScbDataset, referenceDateOf, type ScbImportOptions } from './build-scb-dataset.js'
import { formatImportedCsv, formatImportedYaml } from './format-imported-dataset.js'
import { readJsonStat } from './read-json-stat.js'
import { readScbTable } from './read-scb-table.js'
import type { StatTable } from './stat-table.js'
import { syntheticRegionReference } from '../../../../../test/fixtures/synthetic-region-reference.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)))
type Overrides = { [K in keyof ScbImportOptions]?: ScbImportOptions[K] | undefined }

/** Kommuner, the single years 0–2 summed (all the fixtures have), retrieved 2026-03-02; `undefined` removes an option. */
const options = (overrides: Overrides = {}): ScbImportOptions => {
  const merged: Record<string, unknown> = {
    regions: 'kommuner',
    sumAge: { from: 0, to: 2 },
    retrieved: '2026-03-02',
    file: { name: 'tab638.json', sha256: 'a'.repeat(64) },
    ...overrides,
  }
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as unknown as ScbImportOptions
}

function table(name: string): StatTable {
  const read = readScbTable(fixture(name))
  if (!read.table) throw new Error(JSON.stringify(read.problems))
  return read.table
}

function imported(name: string, overrides: Overrides = {}) {
  const result = buildScbDataset(table(name), options(overrides))
  if (!result.dataset) throw new Error(JSON.stringify(result.problems))
  return result.dataset
}

const problems = (t: StatTable, overrides: Overrides = {}) =>
  buildScbDataset(t, options(overrides)).problems.map((p) => p.message.en)

describe('importing a table from SCB', () => {
  it('sums the single years per kommun, takes riket as the total and writes CSV and YAML', () => {
    const dataset = imported('tab638-ale-goteborg.json')
    // Ale 300 + 310 + 320 = 930; Göteborg 6 000 + 6 100 + 6 200 = 18 300; riket 6 300 + 6 410 + 6 520 = 19 230 = 930 + 18 300.
    expect(formatImportedCsv(dataset)).toBe(
      'kod;namn;lan;folkmangd-0-2\n1440;Ale;Västra Götalands län;930\n1480;Göteborg;Västra Götalands län;18300\n',
    )
    expect(formatImportedYaml(dataset, 'tab638-kommun-2023-12-31.csv')).toBe(
      [
        '# Skriven av fordela data import; ändra inte för hand utan importera om filen från SCB.',
        '# Written by fordela data import; do not edit by hand, import the file from SCB again.',
        'apiVersion: fordela/v1',
        'kind: Dataset',
        'id: tab638-kommun-2023-12-31',
        'title: "Folkmängd 0–2 år per kommun 2023-12-31"',
        'unitKind: kommun',
        'referenceDate: 2023-12-31',
        'source:',
        '  publisher: SCB',
        '  table: "TAB638"',
        '  retrieved: 2026-03-02',
        '  selection:',
        '    region: kommuner',
        '    age: "0-2"',
        '    time: "2023"',
        '  file: "tab638.json"',
        `  sha256: ${'a'.repeat(64)}`,
        'measures:',
        '  - id: folkmangd-0-2',
        '    title: "Folkmängd 0–2 år"',
        '    total: 19 230',
        'csv:',
        '  path: "tab638-kommun-2023-12-31.csv"',
        '  unit: kod',
        '  name: namn',
        '  group: lan',
        '  measures:',
        '    folkmangd-0-2: folkmangd-0-2',
        '',
      ].join('\n'),
    )
  })

  it('gives the same dataset from the JSON-stat response and the CSV export of the same selection', () => {
    const fromJson = imported('tab638-ale-goteborg.json')
    // The CSV export does not name its table; the official gives it.
    const fromCsv = imported('tab638-ale-goteborg.csv', { tableId: 'TAB638' })
    expect(fromCsv).toEqual(fromJson)
    expect(formatImportedCsv(fromCsv)).toBe(formatImportedCsv(fromJson))
  })

  it('refuses what would make a wrong dataset, saying why', () => {
    const t = table('tab638-ale-goteborg.json')
    expect(problems(t, { sumAge: undefined })).toEqual([
      "The file has 3 ages; add them up with --sum-age (for example 0-18) or select the total in SCB's selection.",
    ])
    // The fixture has the single years 0, 1 and 2 only.
    expect(problems(t, { sumAge: { from: 0, to: 18 } })[0]).toMatch(
      /^The file lacks the single years 3, 4, .*, 18 that --sum-age 0-18 adds up/u,
    )
    // Län 14: 9 000 + 9 100 + 9 200 = 27 300, but riket is 19 230: not every län was selected.
    expect(problems(t, { regions: 'lan' })).toEqual([
      "Folkmängd 0–2 år: the 1 units' values add up to 27300, but riket has 19230. Select every lan, or leave riket out of the selection.",
    ])
    expect(problems(t, { time: '2024' })).toEqual(['The file has no time 2024; it has 2023.'])
    // Without riket the län import has no total to disagree with: 9 000 + 9 100 + 9 200 = 27 300, and no län column.
    const noRiket = { ...t, observations: t.observations.filter((o) => o.region.code !== '00') }
    const lan = buildScbDataset(noRiket, options({ regions: 'lan' })).dataset
    expect(lan && formatImportedCsv(lan)).toBe('kod;namn;folkmangd-0-2\n14;Västra Götalands län;27300\n')
  })

  it('keeps a value SCB does not give as missing, and counts the sum as missing', () => {
    const json = readFileSync(new URL('./__fixtures__/tab638-ale-goteborg.json', import.meta.url), 'utf8')
      // Ale's 1-year-olds (cell 7) become null with SCB's status "..", and riket's become a value nobody can check.
      .replace('300, 310, 320', '300, null, 320')
      .replace('"value"', '"status": { "7": ".." },\n  "value"')
    const read = readJsonStat(json)
    if (!read.table) throw new Error('unreadable')
    const dataset = buildScbDataset(read.table, options()).dataset
    expect(dataset?.units.map((u) => [u.code, u.values[0]?.toString()])).toEqual([
      ['1440', undefined],
      ['1480', '18300'],
    ])
    expect(read.table.observations[7]?.value).toEqual({ type: 'missing', symbol: '..' })
  })

  it('reads a sparse value object and positions every problem at its line and column', () => {
    const sparse = readJsonStat(
      '{"class":"dataset","version":"2.0","id":["Region","ContentsCode","Tid"],"size":[2,1,1],' +
        '"dimension":{"Region":{"category":{"index":["00","1480"],"label":{"00":"Riket","1480":"Göteborg"}}},' +
        '"ContentsCode":{"category":{"label":{"BE0101N1":"Folkmängd"}}},"Tid":{"category":{"index":["2023"]}}},' +
        '"value":{"1":613250}}',
    )
    expect(sparse.table?.observations.map((o) => [o.region.code, o.value])).toEqual([
      ['00', { type: 'missing', symbol: '..' }],
      ['1480', { type: 'number', value: expect.objectContaining({ num: 613250n }) }],
    ])
    const bad = readJsonStat(
      [
        '{',
        '  "class": "dataset",',
        '  "id": ["Region", "ContentsCode", "Tid"],',
        '  "size": [1, 1, 1],',
        '  "dimension": {"Region": {"category": {"index": ["00"]}}, "ContentsCode": {"category": {"index": ["BE0101N1"]}}, "Tid": {"category": {"index": ["2023"]}}},',
        '  "value": [1e3]',
        '}',
      ].join('\n'),
    )
    // `  "value": [` is 12 characters, so 1e3 starts in column 13 of line 6.
    expect(bad.problems.map((p) => [p.at, p.message.en])).toEqual([
      [{ line: 6, column: 13 }, 'The value 1e3 is not a number ≥ 0 in decimal form.'],
    ])
    const noTime = readJsonStat(
      '{"class":"dataset","id":["Region"],"size":[1],"dimension":{"Region":{"category":{"index":["00"]}}},"value":[1]}',
    )
    expect(noTime.problems.map((p) => p.message.en)).toEqual(['The table has no Tid dimension.'])
    const syntax = readJsonStat('{\n  "class": "dataset",,\n}')
    expect(syntax.problems[0]?.at).toEqual({ line: 2, column: 22 })
    expect(readJsonStat('{"version":"1.0"}').problems[0]?.message.en).toMatch(
      /^The file is not a JSON-stat 2.0 dataset/u,
    )
  })

  it('reads a CSV export with a column per time and no code for a region as a problem at its cell', () => {
    const read = readScbTable(
      new TextEncoder().encode(
        'region,Folkmängd 2022,Folkmängd 2023\n1480 Göteborg,"604 616","613 250"\nGöteborg,1,2\n',
      ),
    )
    expect(read.problems.map((p) => [p.at, p.message.en])).toEqual([
      [
        { line: 3, column: 1 },
        'The region "Göteborg" has no code. Export with code and name (for example "1480 Göteborg").',
      ],
    ])
    const two = readScbTable(
      new TextEncoder().encode('region,Folkmängd 2022,Folkmängd 2023\n1480 Göteborg,"604 616","613 250"\n'),
    )
    if (!two.table) throw new Error('unreadable')
    expect(buildScbDataset(two.table, options({ sumAge: undefined })).problems[0]?.message.en).toBe(
      'The file has several times (2022, 2023); choose one with --time.',
    )
    const chosen = buildScbDataset(two.table, options({ sumAge: undefined, time: '2022' })).dataset
    expect(chosen?.units.map((u) => [u.code, u.values[0]?.toString()])).toEqual([['1480', '604616']])
    expect(chosen?.referenceDate).toBe('2022-12-31')
  })

  it('takes the content from the title line when the headers name only the time', () => {
    // The export form the CSV dataset tests use: a title, then "region";"2023". SCB titles name the content before "efter".
    const text =
      '\uFEFF"Folkmängd efter region och år"\r\n"region";"2023"\r\n"01 Stockholms län";"2\u00A0454\u00A0821"\r\n'
    const read = readScbTable(new TextEncoder().encode(text))
    expect(read.table?.observations.map((o) => [o.region.code, o.content.label, o.time])).toEqual([
      ['01', 'Folkmängd', '2023'],
    ])
    const untitled = readScbTable(new TextEncoder().encode('"region";"2023"\n"01 Stockholms län";1\n'))
    expect(untitled.problems[0]?.message.en).toMatch(/^The file does not say which table content/u)
  })

  it('dates a year on 31 December and a quarter or month on its last day', () => {
    expect(['2023', '2025K3', '2024M02', '2025M02', '2023-x'].map(referenceDateOf)).toEqual([
      '2023-12-31',
      '2025-09-30',
      '2024-02-29',
      '2025-02-28',
      undefined,
    ])
  })
})

/** The Ale–Göteborg fixture with Ale's region code replaced by `code`. */
const withAleAs = (code: string): StatTable => {
  const t = table('tab638-ale-goteborg.json')
  return {
    ...t,
    observations: t.observations.map((o) => (o.region.code === '1440' ? { ...o, region: { ...o.region, code } } : o)),
  }
}

describe('kommun codes on import', () => {
  it('without a kommun list, refuses only a kommunkod that begins with no länskod', () => {
    // 02 has been no län since 1968 (the sourced list goes 01, 03, …).
    expect(problems(withAleAs('0240'))).toEqual(['0240 Ale does not begin with any of the 21 län codes.'])
    // 1499 begins with 14, Västra Götalands län: accepted, since there is no kommun list to check it against.
    expect(problems(withAleAs('1499'))).toEqual([])
  })

  it('with an injected (synthetic) kommun list, refuses a kommunkod the list lacks', () => {
    const refused = buildScbDataset(withAleAs('1499'), options(), syntheticRegionReference).problems.map(
      (p) => p.message.en,
    )
    expect(refused).toEqual(['1499 Ale is none of the kommun codes in the kommun list.'])
    expect(buildScbDataset(table('tab638-ale-goteborg.json'), options(), syntheticRegionReference).problems).toEqual([])
  })
})
