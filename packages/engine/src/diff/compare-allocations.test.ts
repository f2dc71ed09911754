import { describe, expect, it } from 'vitest'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import type { AmountChange } from './allocation-comparison.js'
import { compareAllocations } from './compare-allocations.js'

const PARTIES_2024 = `apiVersion: fordela/v1
kind: Parties
id: parter-2024
title: Parter 2024
county: { code: "14", name: Västra Götalands län }
parties:
  - { id: vgr, name: Västra Götalandsregionen }
  - { id: nsph, name: NSPH Väst }
  - { id: civilsamhallet, name: Civilsamhället, pool: true }
groups:
  - id: kommunalforbund
    name: Kommunalförbunden
    members:
      - { id: fyrbodal, name: Fyrbodals kommunalförbund }
      - { id: skaraborg, name: Skaraborgs kommunalförbund }
`

const PARTIES_2025 = `apiVersion: fordela/v1
kind: Parties
id: parter-2025
title: Parter 2025
county: { code: "14", name: Västra Götalands län }
parties:
  - { id: vgr, name: Västra Götalandsregionen }
  - { id: nsph, name: NSPH Väst }
groups:
  - id: kommunalforbund
    name: Kommunalförbunden
    members:
      - { id: fyrbodal, name: Fyrbodals kommunalförbund }
      - { id: skaraborg, name: Skaraborgs kommunalförbund }
      - { id: sjuharad, name: Sjuhärads kommunalförbund }
`

// 2024: strategi 6 000 000 → vgr 1 000 000, fyrbodal and skaraborg 1 000 000 each, nsph the rest 3 000 000;
// suicid 2 000 000 → civilsamhallet 500 000, vgr the rest 1 500 000. Total 8 000 000.
const ALLOCATION_2024 = `apiVersion: fordela/v1
kind: Allocation
id: test-2024
title: Test 2024
year: 2024
parties: ./parter-2024.yaml
funds:
  - { id: strategi, title: Strategi, amount: 6 000 000 }
  - { id: suicid, title: Suicidprevention, amount: 2 000 000 }
sections:
  - id: strategi
    title: Strategi
    fund: strategi
    steps:
      - lines:
          - { to: vgr, amount: 1 000 000 }
          - { to: kommunalforbund, each: 1 000 000 }
          - { to: nsph, rest: true }
  - id: suicid
    title: Suicidprevention
    fund: suicid
    steps:
      - lines:
          - { to: civilsamhallet, amount: 500 000, how: genom ansökan }
          - { to: vgr, rest: true }
`

// 2025: strategi 7 000 000 → vgr 1 000 000, three förbund 1 000 000 each, nsph the rest 3 000 000;
// komplexa 3 600 000 → vgr 1/3 = 1 200 000, förbunden 1/3 = 1 200 000 split equally (400 000 each),
// nsph the rest 1 200 000. Total 10 600 000.
const ALLOCATION_2025 = `apiVersion: fordela/v1
kind: Allocation
id: test-2025
title: Test 2025
year: 2025
parties: ./parter-2025.yaml
funds:
  - { id: strategi, title: Nationella strategin, amount: 7 000 000 }
  - { id: komplexa, title: Komplexa behov, amount: 3 600 000 }
sections:
  - id: strategi
    title: Strategin
    fund: strategi
    steps:
      - lines:
          - { to: vgr, amount: 1 000 000 }
          - { to: kommunalforbund, each: 1 000 000 }
          - { to: nsph, rest: true }
  - id: komplexa
    title: Komplexa behov
    fund: komplexa
    steps:
      - lines:
          - { to: vgr, share: 1/3 }
          - { to: kommunalforbund, share: 1/3, split: equal }
          - { to: nsph, rest: true }
`

/** An amount change as strings: before, after, change, percent ('–' for absent). */
function show(change: AmountChange): string[] {
  return [
    change.before?.toFixed() ?? '–',
    change.after?.toFixed() ?? '–',
    change.change.toFixed(),
    change.percent?.toString() ?? '–',
  ]
}

async function evaluateBoth(): Promise<[AllocationEvaluation, AllocationEvaluation]> {
  const workspace = await loadInlineWorkspace({
    'parter-2024.yaml': PARTIES_2024,
    'parter-2025.yaml': PARTIES_2025,
    '2024.yaml': ALLOCATION_2024,
    '2025.yaml': ALLOCATION_2025,
  })
  const evaluated = evaluateWorkspace(workspace)
  // Only warnings: the sections link to no agreement area.
  expect(evaluated.diagnostics.filter((diagnostic) => diagnostic.code !== 'link/section-unlinked')).toEqual([])
  const byId = (id: string) =>
    [...evaluated.allocations.values()].find((evaluation) => evaluation.allocation.id.value === id)!
  return [byId('test-2024'), byId('test-2025')]
}

describe('compareAllocations', () => {
  it('compares parties, groups and members in the newer document order, then removed ones', async () => {
    const [before, after] = await evaluateBoth()
    const comparison = compareAllocations(before, after)
    expect(comparison.parties.map((row) => [row.id, row.name, row.kind, row.group ?? '', ...show(row)])).toEqual([
      // vgr 1 000 000 + 1 500 000 = 2 500 000 → 1 000 000 + 1 200 000 = 2 200 000; −300 000 is −12 % of 2 500 000.
      ['vgr', 'Västra Götalandsregionen', 'party', '', '2500000', '2200000', '-300000', '-12'],
      // nsph 3 000 000 → 3 000 000 + 1 200 000 = 4 200 000; +1 200 000 is 40 %.
      ['nsph', 'NSPH Väst', 'party', '', '3000000', '4200000', '1200000', '40'],
      // The group: 2 × 1 000 000 → 3 × (1 000 000 + 400 000) = 4 200 000; +2 200 000 is 110 %.
      ['kommunalforbund', 'Kommunalförbunden', 'group', '', '2000000', '4200000', '2200000', '110'],
      ['fyrbodal', 'Fyrbodals kommunalförbund', 'member', 'kommunalforbund', '1000000', '1400000', '400000', '40'],
      ['skaraborg', 'Skaraborgs kommunalförbund', 'member', 'kommunalforbund', '1000000', '1400000', '400000', '40'],
      // New in 2025: no before, so no percent.
      ['sjuharad', 'Sjuhärads kommunalförbund', 'member', 'kommunalforbund', '–', '1400000', '1400000', '–'],
      // Only in 2024 (and only in the 2024 parties document): after last.
      ['civilsamhallet', 'Civilsamhället', 'party', '', '500000', '–', '-500000', '-100'],
    ])
  })

  it('compares funds, sections and the total with names from the newer allocation', async () => {
    const [before, after] = await evaluateBoth()
    const comparison = compareAllocations(before, after)
    expect(comparison.funds.map((row) => [row.id, row.name, ...show(row)])).toEqual([
      // +1 000 000 of 6 000 000 is 100/6 = 50/3 %.
      ['strategi', 'Nationella strategin', '6000000', '7000000', '1000000', '50/3'],
      ['komplexa', 'Komplexa behov', '–', '3600000', '3600000', '–'],
      ['suicid', 'Suicidprevention', '2000000', '–', '-2000000', '-100'],
    ])
    expect(comparison.sections.map((row) => [row.id, row.name, ...show(row)])).toEqual([
      ['strategi', 'Strategin', '6000000', '7000000', '1000000', '50/3'],
      ['komplexa', 'Komplexa behov', '–', '3600000', '3600000', '–'],
      ['suicid', 'Suicidprevention', '2000000', '–', '-2000000', '-100'],
    ])
    // 8 000 000 → 10 600 000: +2 600 000, 260 000 000 / 8 000 000 = 32,5 = 65/2 %.
    expect(show(comparison.total)).toEqual(['8000000', '10600000', '2600000', '65/2'])
    expect(comparison.before).toEqual({ id: 'test-2024', title: 'Test 2024', year: 2024, file: '2024.yaml' })
    expect(comparison.after).toEqual({ id: 'test-2025', title: 'Test 2025', year: 2025, file: '2025.yaml' })
  })

  it('shows no change when an allocation is compared with itself', async () => {
    const [, after] = await evaluateBoth()
    const comparison = compareAllocations(after, after)
    expect(
      [...comparison.parties, ...comparison.funds, ...comparison.sections, comparison.total].every((row) =>
        row.change.isZero(),
      ),
    ).toBe(true)
    expect(comparison.parties.map((row) => row.percent?.toString())).toEqual(['0', '0', '0', '0', '0', '0'])
  })
})
