import { Decimal } from 'decimal.js'
import {
  createDiagnostic,
  formatKronor,
  relatedAt,
  suggestClosest,
  type AllocationDocument,
  type AllocationLine,
  type AllocationSection,
  type DatasetDocument,
  type PartiesDocument,
  type SourceRange,
} from '@fordela/parser'
import type {
  Allotment,
  AllocationEvaluation,
  FundEvaluation,
  LineEvaluation,
  SectionEvaluation,
  StepEvaluation,
} from './allocation-evaluation.js'
import { distributeLine } from './distribute-line.js'
import { createEvaluationContext, type EvaluationContext } from './evaluation-context.js'
import { evaluateFund, type AgreementLookup, type FundSource } from './evaluate-fund.js'
import { computeLineAmounts } from './line-amounts.js'
import { indexParties, listPartyIds } from './party-index.js'

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
 * sections' steps in order, each step working on what is left of its funds,
 * and finally checks that every fund is spent to the krona.
 */
export function evaluateAllocation(allocation: AllocationDocument, inputs: AllocationInputs): AllocationEvaluation {
  const party = indexParties(inputs.parties)
  const context = createEvaluationContext(allocation, party, listPartyIds(inputs.parties), inputs.partiesDataset)
  const sources = new Map<string, FundSource>()
  const remaining = new Map<string, Decimal>()
  for (const fund of allocation.funds) {
    const source = evaluateFund(fund, allocation, inputs.lookupAgreement)
    context.diagnostics.push(...source.diagnostics)
    sources.set(fund.id.value, source)
    if (source.amount) remaining.set(fund.id.value, source.amount)
  }
  const firstOverdraw = new Map<string, SourceRange>()
  const sections = allocation.sections.map((section) => evaluateSection(section, remaining, firstOverdraw, context))
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
  checkFundsSpent(funds, firstOverdraw, context)
  const allotments = sections.flatMap((section) => section.steps.flatMap((step) => step.lines.flatMap((line) => line.members)))
  const total = funds.reduce((sum, fund) => sum.plus(fund.amount ?? 0), new Decimal(0))
  return {
    allocation,
    ...(inputs.parties ? { parties: inputs.parties } : {}),
    funds,
    sections,
    allotments,
    total,
    party,
    totalFor: (id, section) => sumAllotments(allotments, id, section),
    diagnostics: context.diagnostics,
  }
}

/** Runs a section's steps in order against the funds' remaining amounts. */
function evaluateSection(
  section: AllocationSection,
  remaining: Map<string, Decimal>,
  firstOverdraw: Map<string, SourceRange>,
  context: EvaluationContext,
): SectionEvaluation {
  const sectionFund = section.fund.value
  if (!context.fundIds.has(sectionFund)) {
    context.diagnostics.push(
      createDiagnostic('ref/unknown-fund', { id: sectionFund }, section.fund.at, {
        suggestions: suggestClosest(sectionFund, [...context.fundIds]),
      }),
    )
  }
  const steps = section.steps.map((step, stepIndex): StepEvaluation => {
    const byFund = new Map<string, typeof step.lines[number][]>()
    for (const line of step.lines) {
      const fund = line.fund?.value ?? sectionFund
      if (line.fund && !context.fundIds.has(fund)) {
        context.diagnostics.push(
          createDiagnostic('ref/unknown-fund', { id: fund }, line.fund.at, { suggestions: suggestClosest(fund, [...context.fundIds]) }),
        )
        continue
      }
      if (!context.fundIds.has(fund)) continue
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
        context.lastUse.set(fund, entry.line.at)
        if (left.isNegative() && !firstOverdraw.has(fund)) firstOverdraw.set(fund, locateQuantity(entry.line))
      }
      remaining.set(fund, left)
    }
    return {
      ...(step.title ? { title: step.title.value } : {}),
      available,
      lines: step.lines.flatMap((line) => evaluated.get(line) ?? []),
    }
  })
  const total = steps.reduce((sum, step) => step.lines.reduce((acc, line) => acc.plus(line.amount), sum), new Decimal(0))
  return { section, steps, total }
}

/**
 * Every fund must end spent to the krona: unspent money is an error at the
 * fund, overspent money at the figure where it runs out.
 */
function checkFundsSpent(funds: readonly FundEvaluation[], firstOverdraw: ReadonlyMap<string, SourceRange>, context: EvaluationContext): void {
  for (const fund of funds) {
    if (!fund.amount) continue
    const id = fund.fund.id.value
    const left = fund.amount.minus(fund.spent).minus(fund.roundingResidual)
    if (left.isZero()) continue
    const args = {
      fund: id,
      amount: formatKronor(fund.amount, { space: 'plain' }),
      difference: formatKronor(left.abs(), { space: 'plain' }),
    }
    if (left.isNegative()) {
      // The finding sits where the money runs out, usually the figure a pull request just raised, so its
      // annotation lands in the diff; the fund is the related place.
      const line = firstOverdraw.get(id)
      context.diagnostics.push(
        createDiagnostic('sum/fund-overspent', args, line ?? fund.fund.id.at, {
          related: [relatedAt(fund.fund.id.at, { sv: 'fonden', en: 'the fund' })],
        }),
      )
    } else {
      const last = context.lastUse.get(id)
      context.diagnostics.push(
        createDiagnostic('sum/fund-not-spent', args, fund.fund.id.at, {
          ...(last ? { related: [relatedAt(last, { sv: 'sista raden som använder fonden', en: 'the last line drawing on the fund' })] } : {}),
        }),
      )
    }
  }
}

/** Sums the allotments to a recipient, or to a group's members, optionally within one section. */
function sumAllotments(allotments: readonly Allotment[], id: string, section?: string): Decimal {
  return allotments
    .filter((allotment) => (allotment.recipient === id || allotment.group === id) && (!section || allotment.section === section))
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
