import { createDiagnostic, formatKronor, relatedAt, type Diagnostic } from '@fordela/parser'
import type { AllocationFacts } from './allocation-facts.js'
import type { FundEvaluation } from './allocation-evaluation.js'

/**
 * Every fund must end spent to the krona, but for what a rounding policy
 * leaves (`sum/rounding-residual`): unspent money is `sum/fund-not-spent` at
 * the fund (the last line drawing on it related), overspent money
 * `sum/fund-overspent` at the figure where it runs out — usually the one a
 * pull request just raised, so its annotation lands in the diff — with the
 * fund related.
 */
export function checkFundsSpent(
  funds: readonly FundEvaluation[],
  facts: Pick<AllocationFacts, 'overdrawnAt' | 'lastDrawnAt'>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
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
      diagnostics.push(
        createDiagnostic('sum/fund-overspent', args, facts.overdrawnAt.get(id) ?? fund.fund.id.at, {
          related: [relatedAt(fund.fund.id.at, { sv: 'fonden', en: 'the fund' })],
        }),
      )
    } else {
      const last = facts.lastDrawnAt.get(id)
      diagnostics.push(
        createDiagnostic('sum/fund-not-spent', args, fund.fund.id.at, {
          ...(last
            ? {
                related: [
                  relatedAt(last, { sv: 'sista raden som använder fonden', en: 'the last line drawing on the fund' }),
                ],
              }
            : {}),
        }),
      )
    }
  }
  return diagnostics
}
