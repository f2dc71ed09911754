import { describe, expect, test } from 'vitest'
import type { ActionPlanDocument } from '@fordela/parser'
import { byId, loadExamples } from '../__fixtures__/example-workspace.js'
import { countPlanSections } from './count-plan-sections.js'

describe('countPlanSections on Ytterlän 2026', () => {
  test('counts the strategy section under both goals it serves, and once in the total', async () => {
    const { evaluation } = await loadExamples()
    const plan = evaluation.workspace.documentById('ytterlan-handlingsplan-2026') as ActionPlanDocument
    const counted = countPlanSections(plan, byId(evaluation.allocations, 'ytterlan-2026'))
    const shown = [...counted.byGoal].map(([goal, sections]) => [
      goal.id.value,
      sections.map((entry) => `${entry.section.id.value} ${entry.amount.toFixed(0)}${entry.shared ? ' shared' : ''}`),
    ])
    // strategi: its fund's 5 500 000 and, from the earmarked pot, 400 000 + 3 × 200 000 = 1 000 000: 6 500 000.
    // suicid: its fund's 3 000 000 and 500 000 from the pot: 3 500 000.
    expect(shown).toEqual([
      ['samordning', ['strategi 6500000 shared']],
      ['barn-och-unga', ['strategi 6500000 shared']],
      ['samordnat-suicidpreventivt-arbete', ['suicid 3500000']],
    ])
    // 6 500 000 + 3 500 000, not 6 500 000 × 2 + 3 500 000 = 16 500 000.
    expect([counted.sections, counted.total.toFixed(0)]).toEqual([2, '10000000'])
    // No area names an agreementArea, so no section is counted under an area.
    expect([...counted.byArea.values()].flat()).toEqual([])
  })
})
