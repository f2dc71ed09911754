import { Decimal } from 'decimal.js'
import { createDiagnostic, formatKronor, relatedAt, type Diagnostic } from '@fordela/parser'
import type { FundEvaluation } from './allocation-evaluation.js'

/**
 * A fund that states its amount and also names its agreement cell must agree
 * with the cell exactly (`agreement/fund-mismatch` at the stated amount), or
 * within a tolerance the spec states with its reason, which is then reported
 * as information at the reason (`agreement/fund-within-tolerance`).
 */
export function checkFundAgreementAmounts(funds: readonly FundEvaluation[]): Diagnostic[] {
  return funds.flatMap(({ fund, agreementAmount }): Diagnostic[] => {
    if (!fund.amount || !fund.from || !agreementAmount) return []
    const stated = fund.amount.value
    const difference = stated.minus(agreementAmount).abs()
    const allowed = fund.tolerance?.amount.value ?? new Decimal(0)
    const args = {
      fund: fund.id.value,
      stated: formatKronor(stated, { space: 'plain' }),
      computed: formatKronor(agreementAmount, { space: 'plain' }),
      difference: formatKronor(difference, { space: 'plain' }),
    }
    if (difference.greaterThan(allowed)) {
      return [
        createDiagnostic('agreement/fund-mismatch', args, fund.amount.at, {
          related: [
            relatedAt(fund.from.at, {
              sv: 'överenskommelsens belopp för länet',
              en: "the agreement's amount for the county",
            }),
          ],
        }),
      ]
    }
    if (!difference.isZero() && fund.tolerance) {
      return [
        createDiagnostic(
          'agreement/fund-within-tolerance',
          { ...args, reason: fund.tolerance.reason.value },
          fund.tolerance.reason.at,
        ),
      ]
    }
    return []
  })
}
