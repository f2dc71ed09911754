import { describe, expect, it } from 'vitest'
import { parseSpecText } from '../kinds/parse-spec-text.js'
import type { DatasetDocument } from '../model/documents.js'
import { checkDatasetUnitCodes } from './check-dataset-unit-codes.js'
import { syntheticRegionReference } from '../../../../test/fixtures/synthetic-region-reference.js'

/** A dataset of `kind` with these unit ids, one per line from line 10. */
function dataset(kind: string, ids: readonly string[]): { document: DatasetDocument; text: string } {
  const text = [
    'apiVersion: fordela/v1',
    'kind: Dataset',
    'id: d',
    'title: D',
    `unitKind: ${kind}`,
    'referenceDate: 2025-09-30',
    'source: { publisher: SCB }',
    'measures: [{ id: folkmangd }]',
    'units:',
    ...ids.map((id) => `  - { id: "${id}", name: x, values: { folkmangd: 1 } }`),
    '',
  ].join('\n')
  const parsed = parseSpecText(text, 'd.yaml')
  if (!parsed.document) throw new Error('fixture does not parse')
  return { document: parsed.document as DatasetDocument, text }
}

describe('data/unknown-unit-code', () => {
  it('reports a kommun that is no code or name of the injected (synthetic) kommun list, at its id', () => {
    // 1480 Göteborg and Ale are in the synthetic list; 1400 is not, and "Atlantis" is no name in it.
    const { document, text } = dataset('kommun', ['1480', 'Ale', '1400', 'Atlantis'])
    const found = checkDatasetUnitCodes(document, syntheticRegionReference)
    expect(found.map((d) => [d.code, text.slice(d.span[0], d.span[1]), d.message.en])).toEqual([
      [
        'data/unknown-unit-code',
        '"1400"',
        '"1400" is none of the kommuner in the kommun list: neither a kommun code nor a kommun name the list holds.',
      ],
      [
        'data/unknown-unit-code',
        '"Atlantis"',
        '"Atlantis" is none of the kommuner in the kommun list: neither a kommun code nor a kommun name the list holds.',
      ],
    ])
  })

  it('accepts codes and names, the form before "kommun" included', () => {
    expect(
      checkDatasetUnitCodes(dataset('kommun', ['1445', 'Göteborg', 'Marks', 'Ale']).document, syntheticRegionReference),
    ).toEqual([])
    expect(checkDatasetUnitCodes(dataset('lan', ['14', 'Skåne län']).document)).toEqual([])
  })

  it('reports a län code that does not exist', () => {
    // Uppsala län is 03; there has been no län 02 since 1968.
    expect(checkDatasetUnitCodes(dataset('lan', ['01', '02']).document).map((d) => d.message.en)).toEqual([
      '"02" is none of Sweden\'s 21 län: neither a län code nor a län name fordela knows.',
    ])
  })

  it('leaves invented data and other unit kinds alone', () => {
    expect(checkDatasetUnitCodes(dataset('lan', ['97', '98', '99']).document)).toEqual([])
    expect(checkDatasetUnitCodes(dataset('region', ['1499']).document)).toEqual([])
  })
})

describe('data/kommun-list-missing', () => {
  it('says once, at unitKind, that a dataset of kommuner was not checked when there is no kommun list', () => {
    // 1400 and Atlantis are no kommuner of the synthetic list, yet nothing is claimed about them without a list.
    const { document, text } = dataset('kommun', ['1480', '1400', 'Atlantis'])
    const found = checkDatasetUnitCodes(document)
    expect(found.map((d) => [d.code, d.severity, text.slice(d.span[0], d.span[1]), d.message.en])).toEqual([
      [
        'data/kommun-list-missing',
        'info',
        'kommun',
        'The kommun codes of dataset d were not checked against a kommun list: fordela has no sourced one yet, so a kommun code that does not exist goes unnoticed.',
      ],
    ])
  })

  it('still checks a dataset of län without a kommun list', () => {
    expect(checkDatasetUnitCodes(dataset('lan', ['01', '02']).document).map((d) => d.code)).toEqual([
      'data/unknown-unit-code',
    ])
  })
})

describe('data/unit-code-twice', () => {
  it('reports a kommun written twice, by code and by name, at the second', () => {
    const { document, text } = dataset('kommun', ['1480', 'Ale', 'Göteborg'])
    const found = checkDatasetUnitCodes(document, syntheticRegionReference)
    expect(found.map((d) => [d.code, text.slice(d.span[0], d.span[1]), d.message.en])).toEqual([
      [
        'data/unit-code-twice',
        '"Göteborg"',
        '"Göteborg" and "1480" are both Göteborg (1480), so it is unclear which value applies.',
      ],
    ])
    expect(found[0]?.related?.map((r) => text.slice(r.span[0], r.span[1]))).toEqual(['"1480"'])
  })

  it('leaves the same id twice to the duplicate rules', () => {
    // Only a CSV file can hold one id twice (data/csv-duplicate-unit); inline units are refused by schema/duplicate-id.
    const { document } = dataset('lan', ['14'])
    const twice = { ...document, units: [document.units[0]!, document.units[0]!] }
    expect(checkDatasetUnitCodes(twice)).toEqual([])
  })
})
