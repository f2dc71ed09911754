import { Decimal } from 'decimal.js'
import type {
  AllocationDocument,
  AllocationLine,
  AllocationSection,
  DatasetDocument,
  PartiesDocument,
  SourceRange,
} from '@fordela/parser'
import type {
  Allotment,
  AllocationEvaluation,
  FundEvaluation,
  LineEvaluation,
  SectionEvaluation,
  StepEvaluation,
} from './allocation-evaluation.js'
import { checkAllocation } from './check-allocation.js'
import { deriveFundAmounts } from './derive-fund-amounts.js'
import { distributeLine } from './distribute-line.js'
import { createEvaluationContext, type EvaluationContext } from './evaluation-context.js'
import { evaluateFund, type AgreementLookup, type FundSource } from './evaluate-fund.js'
import { computeLineAmounts } from './line-amounts.js'
import { indexParties } from './party-index.js'

/** The documents an allocation refers to, already resolved. */
export interface AllocationInputs {
  readonly parties?: PartiesDocument
  /** The parties' dataset, whose units weigh group members in a split. */
  readonly partiesDataset?: DatasetDocument
  /** Finds the evaluated agreement a fund (or the allocation) names. */
  readonly lookupAgreement: AgreementLookup
}

/**
 * Computes every krona of an allocation: each fund's amount, then the
 * sections' steps in order, each step working on what is left of its funds;
 * then runs the allocation rules on what was computed (`checkAllocation`),
 * among them that every fund is spent to the krona.
 */
export function evaluateAllocation(allocation: AllocationDocument, inputs: AllocationInputs): AllocationEvaluation {
  const party = indexParties(inputs.parties)
  const derived = deriveFundAmounts(allocation, party)
  const context = createEvaluationContext(allocation, party, inputs.partiesDataset, derived.rejected)
  const sources = new Map<string, FundSource>()
  const remaining = new Map<string, Decimal>()
  for (const fund of allocation.funds) {
    const source = evaluateFund(fund, allocation, inputs.lookupAgreement, derived.amounts.get(fund.id.value))
    if (source.cell) context.facts.cells.push({ fund, reading: source.cell })
    sources.set(fund.id.value, source)
    if (source.amount) remaining.set(fund.id.value, source.amount)
  }
  const sections = allocation.sections.map((section) => evaluateSection(section, remaining, derived.rejected, context))
  const funds = allocation.funds.map((fund): FundEvaluation => {
    const source = sources.get(fund.id.value)!
    const residual = context.residuals.get(fund.id.value) ?? new Decimal(0)
    const spent = source.amount ? source.amount.minus(remaining.get(fund.id.value) ?? 0) : new Decimal(0)
    return {
      fund,
      ...(source.amount ? { amount: source.amount } : {}),
      ...(source.agreementAmount ? { agreementAmount: source.agreementAmount } : {}),
      spent,
      roundingResidual: residual,
      derivation: source.derivation,
    }
  })
  const allotments = sections.flatMap((section) =>
    section.steps.flatMap((step) => step.lines.flatMap((line) => line.members)),
  )
  const total = funds.reduce((sum, fund) => sum.plus(fund.amount ?? 0), new Decimal(0))
  const evaluated = {
    allocation,
    ...(inputs.parties ? { parties: inputs.parties } : {}),
    funds,
    sections,
    allotments,
    total,
    party,
    totalFor: (id: string, section?: string) => sumAllotments(allotments, id, section),
  }
  return { ...evaluated, diagnostics: checkAllocation(evaluated, context.facts) }
}

/** Runs a section's steps in order against the funds' remaining amounts. */
function evaluateSection(
  section: AllocationSection,
  remaining: Map<string, Decimal>,
  rejected: ReadonlyMap<AllocationLine, string>,
  context: EvaluationContext,
): SectionEvaluation {
  const sectionFund = section.fund.value
  const steps = section.steps.map((step, stepIndex): StepEvaluation => {
    const byFund = new Map<string, (typeof step.lines)[number][]>()
    for (const line of step.lines) {
      if (rejected.has(line)) continue // a share or rest of a derived fund: it takes nothing
      const fund = line.fund?.value ?? sectionFund
      if (!context.fundIds.has(fund)) continue // an unknown fund (`check-fund-references.ts`) holds no money
      // Appended in place: copying the list for every line made a step of many lines quadratic.
      const lines = byFund.get(fund)
      if (lines) lines.push(line)
      else byFund.set(fund, [line])
    }
    const available = new Map<string, Decimal>()
    const evaluated = new Map<object, LineEvaluation>()
    for (const [fund, lines] of byFund) {
      const base = remaining.get(fund)
      if (!base) continue // the fund's amount is unknown; that is reported at the fund
      available.set(fund, base)
      const chain = [
        {
          type: 'step' as const,
          section: section.id.value,
          step: stepIndex + 1,
          ...(step.title ? { title: step.title.value } : {}),
          available: base,
          at: step.at,
        },
      ]
      let left = base
      for (const entry of computeLineAmounts(lines, base, fund, context)) {
        evaluated.set(entry.line, distributeLine(entry, { section: section.id.value, fund, chain }, context))
        left = left.minus(entry.amount)
        context.facts.lastDrawnAt.set(fund, entry.line.at)
        if (left.isNegative() && !context.facts.overdrawnAt.has(fund))
          context.facts.overdrawnAt.set(fund, locateQuantity(entry.line))
      }
      remaining.set(fund, left)
    }
    return {
      ...(step.title ? { title: step.title.value } : {}),
      available,
      lines: step.lines.flatMap((line) => evaluated.get(line) ?? []),
    }
  })
  const total = steps.reduce(
    (sum, step) => step.lines.reduce((acc, line) => acc.plus(line.amount), sum),
    new Decimal(0),
  )
  return { section, steps, total }
}

/** Sums the allotments to a recipient, or to a group's members, optionally within one section. */
function sumAllotments(allotments: readonly Allotment[], id: string, section?: string): Decimal {
  return allotments
    .filter(
      (allotment) =>
        (allotment.recipient === id || allotment.group === id) && (!section || allotment.section === section),
    )
    .reduce((sum, allotment) => sum.plus(allotment.amount), new Decimal(0))
}

/** Where a line states its quantity (the amount, `each`, share or `rest`): the figure a reader changes. */
function locateQuantity(line: AllocationLine): SourceRange {
  const quantity = line.quantity
  switch (quantity.type) {
    case 'amount':
      return quantity.amount.at
    case 'each':
      return quantity.each.at
    case 'share':
      return quantity.share.at
    case 'rest':
      return quantity.at
  }
}
