import {
  createDiagnostic,
  type ActionPlanDocument,
  type AgreementDocument,
  type AllocationDocument,
  type Diagnostic,
  type DocumentRef,
  type Located,
  type StrategyDocument,
} from '@fordela/parser'

/**
 * `link/not-checked` (info): links that no document is in reach to check. An
 * allocation or action plan whose sections or goals link to agreement areas
 * without a readable `agreement:`, or to delmål without a readable
 * `strategy:`, would accept any id; one finding per kind of link says so, at
 * the first such link, with how many there are.
 */
export function reportUncheckedLinks(
  document: AllocationDocument | ActionPlanDocument,
  agreement?: AgreementDocument,
  strategy?: StrategyDocument,
): Diagnostic[] {
  const { areas, subgoals } = document.kind === 'Allocation' ? listAllocationLinks(document) : listPlanLinks(document)
  return [
    ...(agreement ? [] : reportKind(areas, 'area', document.agreement)),
    ...(strategy ? [] : reportKind(subgoals, 'subgoal', document.strategy)),
  ]
}

function reportKind(
  links: readonly Located<string>[],
  target: 'area' | 'subgoal',
  ref: DocumentRef | undefined,
): Diagnostic[] {
  const first = links[0]
  if (!first) return []
  return [
    createDiagnostic(
      'link/not-checked',
      { count: links.length, target, reason: ref ? 'not-found' : 'no-reference' },
      first.at,
    ),
  ]
}

function listAllocationLinks(allocation: AllocationDocument): {
  areas: Located<string>[]
  subgoals: Located<string>[]
} {
  const sections = allocation.sections.flatMap((section) => (section.links ? [section.links] : []))
  return {
    areas: sections.flatMap((links) => [...(links.area ? [links.area] : []), ...links.areas]),
    subgoals: sections.flatMap((links) => links.subgoals),
  }
}

function listPlanLinks(plan: ActionPlanDocument): { areas: Located<string>[]; subgoals: Located<string>[] } {
  return {
    areas: plan.areas.flatMap((area) => (area.agreementArea ? [area.agreementArea] : [])),
    subgoals: plan.areas.flatMap((area) => area.goals.flatMap((goal) => goal.subgoals)),
  }
}
