import {
  createDiagnostic,
  suggestClosest,
  type ActionPlanDocument,
  type AgreementDocument,
  type AllocationDocument,
  type Diagnostic,
  type Located,
  type StrategyDocument,
} from '@fordela/parser'

/** How many known ids a finding lists before it cuts the list short. */
const KNOWN_LISTED = 12

/**
 * Checks that every section of an allocation says what its money is for:
 * `link/section-unlinked` (warning) for a section linked to neither an
 * agreement area (`area`, or each of `areas`) nor a strategy delmål, `link/unknown-area` and
 * `link/unknown-subgoal` for links to ids the documents do not have. Links
 * are only checked against a document that is given; without one they are
 * taken as written.
 */
export function checkAllocationLinks(
  allocation: AllocationDocument,
  agreement?: AgreementDocument,
  strategy?: StrategyDocument,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const section of allocation.sections) {
    const links = section.links
    if (!links?.area && !links?.areas.length && !links?.subgoals.length) {
      const fund = allocation.funds.find((candidate) => candidate.id.value === section.fund.value)
      const args = { section: section.id.value, area: fund?.from?.area.value ?? '' }
      diagnostics.push(createDiagnostic('link/section-unlinked', args, section.id.at))
      continue
    }
    if (agreement)
      diagnostics.push(
        ...[...(links.area ? [links.area] : []), ...links.areas].flatMap((area) => checkArea(area, agreement)),
      )
    if (strategy) diagnostics.push(...links.subgoals.flatMap((subgoal) => checkSubgoal(subgoal, strategy)))
  }
  return diagnostics
}

/**
 * Checks that every goal of a handlingsplan is linked to something:
 * `link/goal-unlinked` (warning) for a goal without subgoals in an area
 * without an agreementArea, `link/unknown-area` for an agreementArea the
 * agreement does not have and `link/unknown-subgoal` for a delmål the
 * strategy does not have. Links are only checked against a document that is
 * given.
 */
export function checkActionPlanLinks(
  plan: ActionPlanDocument,
  agreement?: AgreementDocument,
  strategy?: StrategyDocument,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const area of plan.areas) {
    if (area.agreementArea && agreement) diagnostics.push(...checkArea(area.agreementArea, agreement))
    for (const goal of area.goals) {
      if (!area.agreementArea && goal.subgoals.length === 0) {
        diagnostics.push(
          createDiagnostic('link/goal-unlinked', { goal: goal.id.value, area: area.id.value }, goal.id.at),
        )
      }
      if (strategy) diagnostics.push(...goal.subgoals.flatMap((subgoal) => checkSubgoal(subgoal, strategy)))
    }
  }
  return diagnostics
}

function checkArea(area: Located<string>, agreement: AgreementDocument): Diagnostic[] {
  const known = agreement.areas.map((candidate) => candidate.id.value)
  if (known.includes(area.value)) return []
  const suggestions = suggestClosest(area.value, known)
  const args = {
    area: area.value,
    agreement: agreement.id.value,
    suggestion: suggestions[0] ?? '',
    known: listKnown(known),
  }
  return [createDiagnostic('link/unknown-area', args, area.at, { suggestions })]
}

function checkSubgoal(subgoal: Located<string>, strategy: StrategyDocument): Diagnostic[] {
  const known = strategy.subgoals.map((candidate) => candidate.id.value)
  if (known.includes(subgoal.value)) return []
  const suggestions = suggestClosest(subgoal.value, known)
  const args = {
    subgoal: subgoal.value,
    strategy: strategy.id.value,
    suggestion: suggestions[0] ?? '',
    known: listKnown(known),
  }
  return [createDiagnostic('link/unknown-subgoal', args, subgoal.at, { suggestions })]
}

function listKnown(known: readonly string[]): string {
  return (known.length > KNOWN_LISTED ? [...known.slice(0, KNOWN_LISTED), '…'] : known).join(', ')
}
