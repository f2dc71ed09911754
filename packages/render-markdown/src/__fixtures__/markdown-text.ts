/** Markdown with its no-break spaces shown as `~`, so expected strings in tests are readable and still exact. */
export function showNbsp(markdown: string): string {
  return markdown.replaceAll('\u00a0', '~')
}

/**
 * The lines under a heading, up to the next heading of the same or a higher
 * level (the heading line itself excluded).
 */
export function sectionUnder(markdown: string, headingLine: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(headingLine)
  if (start === -1) throw new Error(`no heading line "${headingLine}"`)
  const level = /^#+/.exec(headingLine)?.[0].length ?? 0
  const end = lines.findIndex(
    (line, index) => index > start && /^#+ /.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level,
  )
  return lines.slice(start + 1, end === -1 ? undefined : end)
}

/** The whole kronor, weight or hundredths of a percent a table cell states (no-break spaces as such or as `~`); undefined for text cells. */
export function readFigure(cell: string): bigint | undefined {
  const normal = cell.replaceAll('\u00a0', ' ').replaceAll('~', ' ').trim()
  if (normal === '–') return 0n
  const match = /^(-?[\d ]+)(?:,(\d\d))?(?: kr| %)?$/.exec(normal)
  if (!match) return undefined
  return BigInt(`${match[1]?.replaceAll(' ', '')}${match[2] ?? ''}`)
}

/**
 * Checks that a table adds up: every figure column of the body to the last
 * (total) row and, when the last column is a total, every row's figures to
 * it. Text columns are skipped.
 *
 * @returns how many columns and rows were checked, for the test to pin.
 */
export function checkTableSums(
  table: readonly (readonly string[])[],
  expectEqual: (actual: bigint, expected: bigint | undefined, what: string) => void,
): number {
  let checked = 0
  const header = table[0] ?? []
  const body = table.slice(1, -1)
  const total = table.at(-1) ?? []
  header.forEach((name, column) => {
    const figures = body.map((row) => readFigure(row[column] ?? ''))
    if (column === 0 || figures.some((figure) => figure === undefined)) return
    expectEqual(
      figures.reduce<bigint>((sum, figure) => sum + (figure ?? 0n), 0n),
      readFigure(total[column] ?? ''),
      `column ${name}`,
    )
    checked++
  })
  if (!/^(Totalt|Summa)$/.test(header.at(-1) ?? '')) return checked
  for (const row of table.slice(1)) {
    const parts = row.slice(1, -1).map((cell) => readFigure(cell) ?? 0n)
    expectEqual(
      parts.reduce((sum, part) => sum + part, 0n),
      readFigure(row.at(-1) ?? ''),
      `row ${row[0]}`,
    )
    checked++
  }
  return checked
}
