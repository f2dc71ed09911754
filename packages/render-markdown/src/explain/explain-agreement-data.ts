import { derivationFormatVersion, type AgreementEvaluation } from '@fordela/engine'
import { createPlaceWriter, writeDerivation, type JsonValue } from './explain-allocation-data.js'

/**
 * Every amount an agreement gives a unit (or every unit), cell by cell,
 * with its derivation, as data (`fordela explain <agreement> --format
 * json`): `{ formatVersion, agreement, amounts }`, each amount `{ unit,
 * name, area, column, amount, derivation }`. Money and fractions are strings
 * ("33492514", "353403200000000/10551707"), as in an allocation's explanation.
 */
export function explainAgreementData(
  evaluation: AgreementEvaluation,
  options: { readonly unit?: string; readonly texts?: ReadonlyMap<string, string> } = {},
): { readonly [key: string]: JsonValue } {
  const locate = createPlaceWriter(options.texts)
  const agreement = evaluation.agreement
  const amounts = evaluation.cells.flatMap((cell) =>
    cell.units
      .filter((unit) => options.unit === undefined || unit.unit === options.unit)
      .map((unit) => ({
        unit: unit.unit,
        name: unit.name,
        area: cell.area,
        column: cell.column,
        amount: unit.amount.toFixed(),
        derivation: writeDerivation(unit.derivation, locate),
      })),
  )
  return {
    formatVersion: derivationFormatVersion,
    agreement: {
      id: agreement.id.value,
      title: agreement.title.value,
      year: agreement.year.value,
      file: agreement.file,
    },
    amounts,
  }
}
