import { createDiagnostic, maxFractionDigits, type Diagnostic } from '@fordela/parser'
import type { RefusedShare } from './allocation-facts.js'

/**
 * The shares drawing on one amount must fit within the whole
 * (`sum/shares-exceed-whole` at the share that passes it), and their exact
 * sum must stay within `maxFractionDigits` digits (`sum/fraction-too-large`
 * at the share that makes it longer; the ones after are not added).
 */
export function checkShares(refused: readonly RefusedShare[]): Diagnostic[] {
  return refused.map((share) =>
    share.reason === 'exceeds-whole'
      ? createDiagnostic('sum/shares-exceed-whole', { total: share.total.toString() }, share.at)
      : createDiagnostic('sum/fraction-too-large', { limit: maxFractionDigits }, share.at),
  )
}
