import type { AgreementColumnRef, MemoContext } from './memo-context.js'

/**
 * A unit of an agreement cell as the memo writes it: its name as
 * `MemoContext.agreementUnit` finds it ("Västra Götalands län"), the one
 * the national table and `fordela explain` show; "enhet 14" only when
 * neither the column's dataset nor the parties file names it (or the
 * cell's agreement cannot be found).
 */
export function describeCellUnit(memo: MemoContext, cell: AgreementColumnRef | undefined, unit: string): string {
  const name = cell ? memo.agreementUnit(cell, unit) : unit
  return name === unit ? `enhet ${unit}` : name
}
