import type { ListItem, RootContent } from 'mdast'
import { formatKronor, type AgreementDocument } from '@fordela/parser'
import { bulletList, heading, list, listItem, paragraph } from '../mdast/build-mdast-nodes.js'
import type { AgreementNames } from './agreement-names.js'
import { describeCellRules } from './describe-cell-rules.js'

/**
 * *Fördelningsregler*: per area, each cell's amount and how it is
 * distributed over the column's units, in words; a cell of several rules
 * lists each rule under the sum of them.
 */
export function renderAgreementRules(agreement: AgreementDocument, names: AgreementNames): RootContent[] {
  const blocks: RootContent[] = [heading(2, 'Fördelningsregler')]
  for (const area of agreement.areas) {
    const items = area.cells.flatMap((cell): ListItem[] => {
      const column = agreement.columns.find((candidate) => candidate.id.value === cell.column.value)
      if (!column)
        return [
          listItem([
            paragraph(`${cell.column.value}: ${formatKronor(cell.amount.value)}; kolumnen finns inte i tabellen`),
          ]),
        ]
      const words = describeCellRules(cell, column, names)
      const head = paragraph(`${column.title.value}, ${formatKronor(cell.amount.value)}: ${words.summary}`)
      return [listItem(words.rules.length > 0 ? [head, bulletList(words.rules)] : [head])]
    })
    blocks.push(heading(3, names.areaHeading(area)))
    if (items.length > 0) blocks.push(list(items))
  }
  return blocks
}
