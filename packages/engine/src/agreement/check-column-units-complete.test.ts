import { describe, expect, it } from 'vitest'
import { parseSpecText, type AgreementDocument, type DatasetDocument } from '@fordela/parser'
import { syntheticRegionReference } from '../../../../test/fixtures/synthetic-region-reference.js'
import { agreementHeader, evaluateFixture, fourLan } from './__fixtures__/evaluate-fixture.js'
import { checkColumnUnitsComplete } from './check-column-units-complete.js'
import { resolveColumnUnits } from './column-units.js'

// Lines 1–5 are the header; `    dataset: data/lan.yaml` is line 9, its value at column 14.
const agreement = `${agreementHeader}columns:
  - id: lan
    title: Län
    dataset: data/lan.yaml
areas:
  - id: a
    title: A
    cells:
      lan: { amount: 8 000 000, rules: [{ rest: { by: folkmangd } }] }
`

/** All 21 län with the weight 1 each, from the reference's codes: 01, 03, …, 25. */
const allLan = `${fourLan.slice(0, fourLan.indexOf('units:'))}units:
${[
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
]
  .map((code) => `  - { id: "${code}", name: Län ${code}, values: { folkmangd: 1 } }`)
  .join('\n')}
`

describe('data/column-units-missing', () => {
  it('names the län a column lacks, the first ten with their codes, and counts the rest', () => {
    // The four-län fixture has 01, 03, 12 and 14: 21 − 4 = 17 are missing, 10 named and 7 more.
    const { findings } = evaluateFixture(agreement, fourLan, { keepMissingUnits: true })
    expect(findings).toEqual([
      {
        code: 'data/column-units-missing',
        severity: 'error',
        line: 9,
        column: 14,
        message:
          'Column lan is distributed to all 21 län, but dataset lan-data lacks 17 of them: Södermanlands län (04), Östergötlands län (05), ' +
          'Jönköpings län (06), Kronobergs län (07), Kalmar län (08), Gotlands län (09), Blekinge län (10), Hallands län (13), ' +
          'Värmlands län (17), Örebro län (18) and 7 more. They get nothing, and the others get too much.',
      },
    ])
  })

  it('accepts a column with all 21 län', () => {
    expect(evaluateFixture(agreement, allLan, { keepMissingUnits: true }).findings).toEqual([])
  })

  it('leaves a dataset alone when none of its units is a Swedish län (invented data)', () => {
    const invented = fourLan
      .replace('"01"', '"97"')
      .replace('"03"', '"98"')
      .replace('"12"', '"99"')
      .replace('"14"', '"96"')
    expect(evaluateFixture(agreement, invented, { keepMissingUnits: true }).findings).toEqual([])
  })
})

/** A kommun column over a dataset of these kommun ids, with made-up weights of 1. */
function kommunColumn(ids: readonly string[]) {
  const dataset = parseSpecText(
    `${fourLan.slice(0, fourLan.indexOf('units:')).replace('unitKind: lan', 'unitKind: kommun').replace('id: lan-data', 'id: kommun-data')}units:
${ids.map((id) => `  - { id: "${id}", name: K ${id}, values: { folkmangd: 1 } }`).join('\n')}
`,
    'data/kommun.yaml',
  ).document as DatasetDocument
  const kommunAgreement = parseSpecText(
    agreement.replace('dataset: data/lan.yaml', 'dataset: data/kommun.yaml').replace('id: lan', 'id: kommun'),
    'agreement.yaml',
  ).document as AgreementDocument
  const column = resolveColumnUnits(kommunAgreement.columns[0]!, () => dataset)
  if (!column) throw new Error('the kommun column does not resolve')
  return [column]
}

describe('a kommun column', () => {
  it('with an injected (synthetic) kommun list, names the kommuner the dataset lacks', () => {
    // The SYNTHETIC list has 1401, 1440, 1445, 1463 and 1480; the dataset has 1480 and Marks (= 1463): 5 − 2 = 3 missing.
    const found = checkColumnUnitsComplete(kommunColumn(['1480', 'Marks']), syntheticRegionReference)
    expect(found.map((d) => d.message.en)).toEqual([
      'Column kommun is distributed to all 5 kommuner, but dataset kommun-data lacks 3 of them: Påhittå (1401), Ale (1440), Essunga (1445). They get nothing, and the others get too much.',
    ])
  })

  it('without a kommun list, claims nothing missing and says, as info, that it was not checked', () => {
    const found = checkColumnUnitsComplete(kommunColumn(['1480', 'Marks']))
    expect(found.map((d) => [d.code, d.severity])).toEqual([['data/kommun-list-missing', 'info']])
    // Units written by name only get no finding: nothing is claimed about them.
    expect(checkColumnUnitsComplete(kommunColumn(['Göteborg', 'Marks']))).toEqual([])
  })
})
