import { createDiagnostic, suggestClosest, type AgreementDocument, type Diagnostic } from '@fordela/parser'

/** Reports cells whose column key names no column of the agreement, suggesting the closest ids. */
export function checkCellColumns(agreement: AgreementDocument): Diagnostic[] {
  const ids = agreement.columns.map((column) => column.id.value)
  const known = new Set(ids)
  const diagnostics: Diagnostic[] = []
  for (const area of agreement.areas) {
    for (const cell of area.cells) {
      if (known.has(cell.column.value)) continue
      const args = { column: cell.column.value, columns: ids.join(', ') }
      const suggestions = suggestClosest(cell.column.value, ids)
      diagnostics.push(createDiagnostic('agreement/unknown-column', args, cell.column.at, { suggestions }))
    }
  }
  return diagnostics
}
