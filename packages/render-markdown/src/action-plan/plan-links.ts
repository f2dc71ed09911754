import type { AllocationEvaluation } from '@fordela/engine'
import type { ActionPlanArea, AgreementDocument, StrategyDocument } from '@fordela/parser'

/** What an action plan's links point to. */
export interface PlanLinks {
  readonly agreement?: AgreementDocument
  readonly strategy?: StrategyDocument
  /** The allocation the plan names, whose sections are counted under the plan's areas and goals. */
  readonly allocation?: AllocationEvaluation
}

/** "område 1, Genomförande av den nationella strategin"; the id when the agreement is not known. */
export function describeAgreementArea(area: ActionPlanArea, links: PlanLinks): string | undefined {
  const id = area.agreementArea?.value
  if (id === undefined) return undefined
  const found = links.agreement?.areas.find((candidate) => candidate.id.value === id)
  if (!found) return `området ${id}`
  return found.number ? `område ${found.number.value}, ${found.title.value}` : `området ${found.title.value}`
}

/** A strategy delmål by its title, without the final full stop; the id when the strategy does not know it. */
export function nameSubgoal(id: string, links: PlanLinks): string {
  const title = links.strategy?.subgoals.find((goal) => goal.id.value === id)?.title.value
  return title ? title.replace(/\.$/, '') : id
}
