import type { Decimal } from 'decimal.js'
import type { AllocationEvaluation } from '@fordela/engine'
import {
  sumKronor,
  type ActionPlanArea,
  type ActionPlanDocument,
  type ActionPlanGoal,
  type AllocationSection,
} from '@fordela/parser'

/** A section of the allocation counted under a plan area or goal. */
export interface PlanSection {
  readonly section: AllocationSection
  readonly amount: Decimal
  /** Counted under more than one of the plan's areas and goals. */
  readonly shared: boolean
}

/** The allocation's sections under each area and goal of a plan, and their sum with each section once. */
export interface PlanSectionCount {
  readonly byArea: ReadonlyMap<ActionPlanArea, readonly PlanSection[]>
  readonly byGoal: ReadonlyMap<ActionPlanGoal, readonly PlanSection[]>
  /** What the sections counted anywhere give out, each section once. */
  readonly total: Decimal
  /** How many distinct sections are counted. */
  readonly sections: number
}

/**
 * Counts each section of the allocation under every plan area whose
 * `agreementArea` the section links to (`links.area`, `links.areas`) and
 * every goal that shares a delmål with it (`links.subgoals`). A section
 * under several is counted under each with its whole amount and marked
 * shared; the total counts it once.
 */
export function countPlanSections(plan: ActionPlanDocument, allocation: AllocationEvaluation): PlanSectionCount {
  const amounts = new Map<string, Decimal[]>()
  for (const allotment of allocation.allotments)
    amounts.set(allotment.section, [...(amounts.get(allotment.section) ?? []), allotment.amount])
  const sections = allocation.allocation.sections
  const areasOf = (section: AllocationSection) => [
    ...(section.links?.area ? [section.links.area.value] : []),
    ...(section.links?.areas ?? []).map((id) => id.value),
  ]
  const subgoalsOf = (section: AllocationSection) => (section.links?.subgoals ?? []).map((id) => id.value)
  const byAreaIds = new Map(
    plan.areas.map((area) => [
      area,
      sections.filter(
        (section) => area.agreementArea !== undefined && areasOf(section).includes(area.agreementArea.value),
      ),
    ]),
  )
  const goals = plan.areas.flatMap((area) => area.goals)
  const byGoalIds = new Map(
    goals.map((goal) => [
      goal,
      sections.filter((section) =>
        subgoalsOf(section).some((id) => goal.subgoals.some((subgoal) => subgoal.value === id)),
      ),
    ]),
  )
  const times = new Map<AllocationSection, number>()
  for (const list of [...byAreaIds.values(), ...byGoalIds.values()])
    for (const section of list) times.set(section, (times.get(section) ?? 0) + 1)
  const amountOf = (section: AllocationSection) => sumKronor(amounts.get(section.id.value) ?? [])
  const entry = (section: AllocationSection): PlanSection => ({
    section,
    amount: amountOf(section),
    shared: (times.get(section) ?? 0) > 1,
  })
  return {
    byArea: new Map([...byAreaIds].map(([area, list]) => [area, list.map(entry)])),
    byGoal: new Map([...byGoalIds].map(([goal, list]) => [goal, list.map(entry)])),
    total: sumKronor([...times.keys()].map(amountOf)),
    sections: times.size,
  }
}
