/** A table's texts: the first cell of each row is its header. */
export interface TableSpec {
  readonly caption: string
  readonly head: readonly string[]
  readonly rows: readonly (readonly string[])[]
  readonly foot?: readonly string[]
}

/** Builds an accessible table from text alone (never HTML); figures align right. */
export function createTable(spec: TableSpec): HTMLTableElement {
  const table = document.createElement('table')
  const caption = table.createCaption()
  caption.textContent = spec.caption
  const headRow = table.createTHead().insertRow()
  for (const text of spec.head) {
    const cell = document.createElement('th')
    cell.scope = 'col'
    cell.textContent = text
    headRow.append(cell)
  }
  const body = table.createTBody()
  const addRow = (section: HTMLTableSectionElement, cells: readonly string[]) => {
    const row = section.insertRow()
    cells.forEach((text, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td')
      if (index === 0) (cell as HTMLTableCellElement).scope = 'row'
      else cell.className = 'figure'
      cell.textContent = text
      row.append(cell)
    })
  }
  for (const cells of spec.rows) addRow(body, cells)
  if (spec.foot) addRow(table.createTFoot(), spec.foot)
  return table
}
