import type { AgreementEvaluation } from './agreement-evaluation.js'

/** Every unit any cell of the agreement gives an amount, in first-seen order. */
export function listUnits(evaluation: AgreementEvaluation): string[] {
  return [...new Set(evaluation.cells.flatMap((cell) => cell.units.map((unit) => unit.unit)))]
}
