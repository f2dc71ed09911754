import type { FundEvaluation } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { describeCellUnit } from './describe-cell-unit.js'
import type { MemoContext } from './memo-context.js'

/** A column's share in words, by the column's title. */
const COLUMN_SHARES: ReadonlyMap<string, string> = new Map([
  ['län', 'länets andel'],
  ['region', 'regionens andel'],
  ['kommun', 'kommunens andel'],
])

/**
 * Where a fund's money comes from, for the memo's fund table:
 * "Överenskommelsen, område 3, länets andel" for a cell of the agreement
 * (", Skåne län" after it when `from.unit` names a unit, see
 * `describeCellUnit`; with "stämmer med angivet belopp" when the spec states the amount too and
 * it agrees), "Summan av raderna som tar ur fonden" for a `derived: true`
 * fund, "Angivet belopp" for an amount the spec states, or why it
 * cannot be computed.
 */
export function describeFundSource(fund: FundEvaluation, memo: MemoContext): string {
  const from = fund.fund.from
  const stated = fund.fund.amount?.value
  if (fund.fund.derived) return 'Summan av raderna som tar ur fonden'
  if (!from) return stated ? 'Angivet belopp' : 'Varken belopp eller källa angiven'
  // The fund's own agreement when it names one, as the engine reads its cell.
  const agreement = memo.fundAgreement(fund.fund.id.value)
  const area = agreement?.areas.find((candidate) => candidate.id.value === from.area.value)
  const column = agreement?.columns.find((candidate) => candidate.id.value === from.column.value)
  const areaWords = area?.number ? `område ${area.number.value}` : `området ${area?.title.value ?? from.area.value}`
  const columnTitle = column?.title.value ?? from.column.value
  const columnWords = COLUMN_SHARES.get(columnTitle.toLocaleLowerCase('sv')) ?? `kolumnen ${columnTitle}`
  const cellRef = agreement ? { agreement: agreement.id.value, column: from.column.value } : undefined
  const unit = from.unit ? `, ${describeCellUnit(memo, cellRef, from.unit.value)}` : ''
  const source = `Överenskommelsen, ${areaWords}, ${columnWords}${unit}`
  const cell = fund.agreementAmount
  if (!cell) return `${source}; kan inte beräknas`
  if (!stated) return source
  return stated.equals(cell)
    ? `${source}; stämmer med angivet belopp`
    : `${source}; angivet belopp ${formatKronor(stated)} avviker`
}
