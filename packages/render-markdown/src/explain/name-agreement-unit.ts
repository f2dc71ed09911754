import type { AgreementColumn, DatasetDocument, PartiesDocument } from '@fordela/parser'

/**
 * A unit of an agreement column (a län, a region) as the memo and `fordela
 * explain` both name it: by the dataset the cell was split by, since its
 * figures are what the amount was computed from and its name is the one the
 * agreement's national table shows; a single-recipient column's one unit
 * (its own id) by the recipient ("Sveriges Kommuner och Regioner"); only
 * when neither names the unit, the county by the parties file's name; else
 * the unit's code.
 */
export function nameAgreementUnit(
  unit: string,
  dataset: DatasetDocument | undefined,
  county: PartiesDocument['county'] | undefined,
  column?: AgreementColumn,
): string {
  const named = dataset?.units.find((candidate) => candidate.id.value === unit)?.name
  if (named !== undefined) return named
  if (column?.recipient && column.id.value === unit) return column.recipient.value
  return county && county.code.value === unit ? county.name.value : unit
}
