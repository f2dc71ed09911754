import type { AllocationDocument, Prose } from '@fordela/parser'

/**
 * Every prose field of an allocation, in the order the memo shows them:
 * the description, the decision lead-in and items, the summary, the
 * background, then each section's decision item and text.
 */
export function listAllocationProse(allocation: AllocationDocument): Prose[] {
  const fields: (Prose | undefined)[] = [
    allocation.description,
    allocation.decisionLead,
    ...allocation.decisions.map((item) => item.text),
    allocation.summary,
    allocation.background,
    ...allocation.sections.flatMap((section) => [section.decision, section.text]),
  ]
  return fields.filter((field): field is Prose => field !== undefined)
}
