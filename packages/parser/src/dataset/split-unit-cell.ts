/** A unit cell read as a code and a name. */
export interface UnitCell {
  readonly id: string
  readonly name: string
}

const CODE_AND_NAME = /^(\d+)\s+(\S.*)$/su

/**
 * Splits a cell like SCB's `01 Stockholms län` or `1480 Göteborg` into the
 * code `01` and the name `Stockholms län`. Used when the unit and the name
 * come from the same column; a cell without a leading code (`Ale`) is both
 * id and name.
 */
export function splitUnitCell(cell: string): UnitCell {
  const match = CODE_AND_NAME.exec(cell)
  if (match?.[1] === undefined || match[2] === undefined) return { id: cell, name: cell }
  return { id: match[1], name: match[2] }
}
