import { describe, expect, it } from 'vitest'
import { loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { traceMoneyToGoals } from './trace-money-to-goals.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Testlän }
parties:
  - { id: region, name: Regionen }
  - { id: brukare, name: Brukarrådet }
`

// Section x gives 300 and serves the areas strategi and suicid (and delmål 1); y gives the rest, 700, to strategi.
const ALLOCATION = `apiVersion: fordela/v1
kind: Allocation
id: f
title: F
year: 2025
parties: ./parter.yaml
funds:
  - { id: a, amount: 1 000 }
sections:
  - id: x
    title: X
    fund: a
    links: { area: strategi, areas: [suicid, strategi], subgoals: [delmal-1] }
    steps: [{ lines: [{ to: brukare, amount: 300 }] }]
  - id: y
    title: Y
    fund: a
    links: { area: strategi }
    steps: [{ lines: [{ to: region, rest: true }] }]
`

describe('traceMoneyToGoals', () => {
  it('counts a section under each area and delmål it serves, and once in the total', async () => {
    const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, 'f.yaml': ALLOCATION })
    const [evaluation] = evaluateWorkspace(workspace).allocations.values()
    const trace = traceMoneyToGoals(evaluation!)
    const shown = trace.goals.map((goal) => [
      goal.kind,
      goal.id,
      goal.sections.map((entry) => `${entry.section}×${entry.servesCount}`),
      goal.amount.toFixed(0),
    ])
    expect(shown).toEqual([
      // strategi named twice by x (area and areas) counts once: 300 + 700.
      ['area', 'strategi', ['x×3', 'y×1'], '1000'],
      ['area', 'suicid', ['x×3'], '300'],
      ['subgoal', 'delmal-1', ['x×3'], '300'],
    ])
    // 300 + 700, each section once; the goals' amounts add up to 1 600.
    expect(trace.total.toFixed(0)).toBe('1000')
  })
})
