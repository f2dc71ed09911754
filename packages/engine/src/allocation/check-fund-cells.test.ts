import { describe, expect, it } from 'vitest'
import {
  AGREEMENT,
  allocation,
  COMPLETE_MEMBERS,
  lint,
  parties,
  toRegion,
} from '../__fixtures__/county-with-agreement.js'

const fromCell = '{ id: f, from: { area: omrade, column: lan } }'

/** Lints an allocation whose one fund is `fund`, with `extra` header lines (county 99 and the agreement by default). */
const lintFund = (fund: string, extra?: string, files: Record<string, string> = {}): Promise<string[]> =>
  lint({ 'parter.yaml': parties(COMPLETE_MEMBERS), 'f.yaml': allocation(fund, toRegion, extra), ...files })

describe('a fund taken from its agreement cell', () => {
  it("passes when the cell has the county's amount (3/4 of 1 000 = 750)", async () => {
    expect(await lintFund(fromCell)).toEqual([])
  })

  it('reports unknown areas and columns with their positions', async () => {
    // "  - { id: f, from: { area: " is 27 characters: "omrad" at columns 28–33.
    expect(await lintFund('{ id: f, from: { area: omrad, column: lan } }')).toEqual([
      'ref/unknown-area error f.yaml 10:28-10:33',
    ])
    // "  - { id: f, from: { area: omrade, column: " is 43 characters: "region" at 44–50.
    expect(await lintFund('{ id: f, from: { area: omrade, column: region } }')).toEqual([
      'ref/unknown-column error f.yaml 10:44-10:50',
    ])
  })

  it('reports a fund that names no county and an allocation without an agreement', async () => {
    // One header line fewer, so the fund is on line 9; its `from` map spans columns 20–49.
    expect(await lintFund(fromCell, 'agreement: ./avtal.yaml\n')).toEqual(['ref/missing-county error f.yaml 9:20-9:49'])
    // Without an agreement the link `area: omrade` cannot be checked either: line 14,
    // "    links: { area: omrade }", the id at columns 20–26.
    expect(await lintFund(fromCell, 'county: "99"\n')).toEqual([
      'ref/missing-agreement error f.yaml 9:20-9:49',
      'link/not-checked info f.yaml 14:20-14:26',
    ])
  })

  it('reports a county the cell has no amount for, at the county', async () => {
    // The cell divides among län 98 and 99 only. `county: "97"` is line 7: the quoted value at columns 9–13.
    expect(await lintFund(fromCell, 'county: "97"\nagreement: ./avtal.yaml\n')).toEqual([
      'ref/unknown-unit error f.yaml 7:9-7:13',
    ])
  })

  it("reports a cell that cannot be computed, at the fund's `from`", async () => {
    // The cell is divided by a measure the län dataset lacks: the agreement reports that at its `by`
    // (line 15: "          - rest: { by: " is 24 characters, so `invanare` is at columns 25–33), and the fund
    // that needs the cell at its `from` map (line 10, columns 20–49).
    const agreement = AGREEMENT.replace('rest: { by: folkmangd }', 'rest: { by: invanare }')
    expect(await lintFund(fromCell, undefined, { 'avtal.yaml': agreement })).toEqual([
      'data/missing-measure error avtal.yaml 15:25-15:33',
      'sum/fund-cell-incomplete error f.yaml 10:20-10:49',
    ])
  })
})
