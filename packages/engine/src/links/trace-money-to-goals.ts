import type { Decimal } from 'decimal.js'
import { sumKronor } from '@fordela/parser'
import type { AllocationEvaluation } from '../allocation/allocation-evaluation.js'

/** A section counted under one area or delmål. */
export interface GoalSection {
  readonly section: string
  /** Everything the section gives out, from every fund. */
  readonly amount: Decimal
  /** Under how many areas and delmål the section is counted (more than 1: it serves several). */
  readonly servesCount: number
}

/** An agreement area or strategy delmål and the sections that serve it. */
export interface GoalMoney {
  readonly kind: 'area' | 'subgoal'
  readonly id: string
  readonly sections: readonly GoalSection[]
  /** The sum of its sections' amounts: a section that serves several goals counts fully under each. */
  readonly amount: Decimal
}

/** Where an allocation's money goes, by the areas and delmål its sections link to. */
export interface MoneyToGoals {
  /** Areas first, then delmål, each in the order the sections first name them. */
  readonly goals: readonly GoalMoney[]
  /** What the linked sections give out, each section counted once however many goals it serves. */
  readonly total: Decimal
}

/**
 * Traces each section's money to the agreement areas (`links.area`,
 * `links.areas`) and strategy delmål (`links.subgoals`) it serves. A section
 * that serves several is counted under each with its whole amount — the
 * money serves all of them, and splitting it would invent shares the memo
 * never states — so the goals' amounts may add up to more than `total`,
 * which counts every section once.
 */
export function traceMoneyToGoals(evaluation: AllocationEvaluation): MoneyToGoals {
  const amounts = new Map<string, Decimal[]>()
  for (const allotment of evaluation.allotments) {
    const list = amounts.get(allotment.section)
    if (list) list.push(allotment.amount)
    else amounts.set(allotment.section, [allotment.amount])
  }
  const goals = new Map<string, { kind: 'area' | 'subgoal'; id: string; sections: string[] }>()
  const servedBy = new Map<string, number>()
  for (const kind of ['area', 'subgoal'] as const) {
    for (const section of evaluation.allocation.sections) {
      const links = section.links
      const ids =
        kind === 'area' ? [...(links?.area ? [links.area] : []), ...(links?.areas ?? [])] : (links?.subgoals ?? [])
      for (const id of new Set(ids.map((located) => located.value))) {
        const key = `${kind}:${id}`
        const goal = goals.get(key) ?? { kind, id, sections: [] }
        goals.set(key, goal)
        goal.sections.push(section.id.value)
        servedBy.set(section.id.value, (servedBy.get(section.id.value) ?? 0) + 1)
      }
    }
  }
  const amountOf = (section: string) => sumKronor(amounts.get(section) ?? [])
  return {
    goals: [...goals.values()].map((goal) => {
      const sections = goal.sections.map((section) => ({
        section,
        amount: amountOf(section),
        servesCount: servedBy.get(section) ?? 1,
      }))
      return { kind: goal.kind, id: goal.id, sections, amount: sumKronor(sections.map((entry) => entry.amount)) }
    }),
    total: sumKronor([...servedBy.keys()].map(amountOf)),
  }
}
