import {
  createDiagnostic,
  relatedAt,
  type AgreementDocument,
  type DatasetDocument,
  type Diagnostic,
  type DocumentRef,
} from '@fordela/parser'

/**
 * Where the agreement states the date its distribution uses, each column's
 * dataset must refer to that date: population a year older or newer moves
 * every unit's share.
 */
export function checkDatasetDates(
  agreement: AgreementDocument,
  resolveDataset: (ref: DocumentRef) => DatasetDocument | undefined,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const column of agreement.columns) {
    if (!column.referenceDate || !column.dataset) continue
    const dataset = resolveDataset(column.dataset)
    if (!dataset || dataset.referenceDate.value === column.referenceDate.value) continue
    diagnostics.push(
      createDiagnostic(
        'data/dataset-date-mismatch',
        {
          column: column.id.value,
          expected: column.referenceDate.value,
          dataset: dataset.id.value,
          actual: dataset.referenceDate.value,
        },
        column.dataset.at,
        {
          related: [relatedAt(column.referenceDate.at, { sv: 'överenskommelsens datum', en: "the agreement's date" })],
        },
      ),
    )
  }
  return diagnostics
}
