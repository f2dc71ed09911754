import { createDiagnostic, formatKronor, type Diagnostic, type RoundingPolicy } from '@fordela/parser'
import type { RoundingResidual } from './allocation-facts.js'

/**
 * Kronor a rounding policy did not divide exactly: kronor left over are a
 * warning (`sum/rounding-residual`), kronor handed out beyond the amount are
 * money that does not exist, an error whatever the policy
 * (`sum/rounding-overdraws`).
 */
export function checkRoundingResiduals(residuals: readonly RoundingResidual[], policy: RoundingPolicy): Diagnostic[] {
  return residuals.map(({ residual, fund, at }) => {
    const kronor = formatKronor(residual.abs(), { space: 'plain' })
    return residual.isNegative()
      ? createDiagnostic('sum/rounding-overdraws', { policy, excess: kronor, fund }, at)
      : createDiagnostic('sum/rounding-residual', { policy, residual: kronor, fund }, at)
  })
}
