import type { Decimal } from 'decimal.js'
import { createDiagnostic, formatKronor, type Diagnostic, type RoundingPolicy, type SourceRange } from '@fordela/parser'

/**
 * The finding for kronor a rounding policy did not divide exactly: kronor
 * left over are a warning (`sum/rounding-residual`), kronor handed out beyond
 * the amount are money that does not exist, an error whatever the policy
 * (`sum/rounding-overdraws`).
 *
 * @param residual the amount divided minus the sum of its rounded parts
 */
export function describeResidual(residual: Decimal, policy: RoundingPolicy, fund: string, at: SourceRange): Diagnostic {
  const kronor = formatKronor(residual.abs(), { space: 'plain' })
  return residual.isNegative()
    ? createDiagnostic('sum/rounding-overdraws', { policy, excess: kronor, fund }, at)
    : createDiagnostic('sum/rounding-residual', { policy, residual: kronor, fund }, at)
}
