import { describe, expect, it } from 'vitest'
import { parseSpecText, type DatasetDocument, type PartiesDocument } from '@fordela/parser'
import { weighMembers } from '../allocation/member-weights.js'
import { syntheticRegionReference } from '../../../../test/fixtures/synthetic-region-reference.js'
import { checkParties } from './check-parties.js'

function parse<T>(text: string, file: string): T {
  const parsed = parseSpecText(text, file)
  if (!parsed.document) throw new Error(`${file}: ${parsed.diagnostics.map((d) => d.message.en).join('; ')}`)
  return parsed.document as T
}

/** Three kommuner of Västra Götaland as data import writes them: by kommunkod (values from examples/data, 2025-09-30). */
const byCode = parse<DatasetDocument>(
  `apiVersion: fordela/v1
kind: Dataset
id: kommuner
title: Tre kommuner
unitKind: kommun
referenceDate: 2025-09-30
source: { publisher: SCB }
measures: [{ id: folkmangd }]
units:
  - { id: "1445", name: Essunga, group: Västra Götalands län, values: { folkmangd: 5554 } }
  - { id: "1463", name: Mark, group: Västra Götalands län, values: { folkmangd: 35141 } }
  - { id: "1480", name: Göteborg, group: Västra Götalands län, values: { folkmangd: 613250 } }
`,
  'kommuner.yaml',
)

/** Parties whose first member lists `first`, named in the quarterly file's forms and by name, never by code. */
const partiesWith = (first: string) =>
  parse<PartiesDocument>(
    `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "14", name: Västra Götalands län }
dataset: kommuner.yaml
groups:
  - id: forbund
    name: Förbunden
    members:
      - { id: sjuharad, name: Sjuhärad, units: [${first}] }
      - { id: skaraborg, name: Skaraborg, units: [Essung] }
      - { id: gr, name: GR, units: [Göteborg] }
`,
    'parter.yaml',
  )
const parties = partiesWith('Marks')

// The kommun list is the SYNTHETIC test list (1445 Essunga, 1463 Mark, 1480 Göteborg, …): fordela ships none yet.
describe('units matched by official code, with an injected (synthetic) kommun list', () => {
  it('finds Marks, Essung and Göteborg among units written 1463, 1445 and 1480: no unknown or unassigned unit', () => {
    expect(checkParties(parties, byCode, syntheticRegionReference)).toEqual([])
  })

  it('weighs the members by the units their codes name', () => {
    const group = parties.groups[0]!
    const weighed = weighMembers(group, 'folkmangd', byCode, syntheticRegionReference)
    expect(weighed.problems).toEqual([])
    // Mark 35 141, Essunga 5 554, Göteborg 613 250; 35 141 + 5 554 + 613 250 = 653 945.
    expect(weighed.weights.map((w) => w.toString())).toEqual(['35141', '5554', '613250'])
    expect(weighed.used[0]?.total.toString()).toBe('653945')
  })

  it('still reports a unit that names no kommun of the dataset', () => {
    // Ale is in the synthetic list, but not one of the dataset's three; Mark is then left to no member.
    expect(
      checkParties(partiesWith('Ale'), byCode, syntheticRegionReference).map((d) => `${d.code} ${d.message.en}`),
    ).toEqual([
      'data/unknown-unit The dataset kommuner has no unit "Ale".',
      expect.stringMatching(/^data\/unassigned-unit .*1463/u),
    ])
  })
})

describe('units without a kommun list', () => {
  it('match by id only: Marks and Essung are not claimed to be 1463 and 1445', () => {
    // Göteborg is no unit id either (the dataset writes 1480), so all three are unknown, and all three units unassigned.
    expect(checkParties(parties, byCode).map((d) => d.code)).toEqual([
      'data/unknown-unit',
      'data/unknown-unit',
      'data/unknown-unit',
      'data/unassigned-unit',
    ])
  })
})
