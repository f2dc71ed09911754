/** Milliseconds as the table shows them. */
function ms(value) {
  return Number.isFinite(value) ? (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`) : '–'
}

function mb(value) {
  return Number.isFinite(value) ? `${Math.round(value)} MB` : '–'
}

function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–'
}

/** A Markdown table from a header row and body rows. */
function table(header, rows) {
  // An empty cell is written `| |`, the compact style markdownlint expects.
  const line = (cells) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * One row per measured case, with ratios against the group's floor (time
 * and memory) and against `node -e 0` for the cold start group.
 *
 * @param {{ label: string, result?: { ms: number, cpuMs: number, rssMb: number, runs: number, failure?: string }, missing?: boolean, floor?: { ms: number, cpuMs: number, rssMb: number }, node?: { ms: number } }[]} rows
 */
export function formatMainTable(rows) {
  return table(
    ['measurement', 'median wall', '× floor', '× `node -e 0`', 'median CPU', 'CPU × floor', 'peak RSS', 'RSS × floor', 'runs'],
    rows.map(({ label, result, missing, floor, node }) => {
      if (missing) return [label, 'n/a (command not implemented)', '', '', '', '', '', '', '']
      if (result?.failure) return [label, `failed: ${result.failure}`, '', '', '', '', '', '', String(result.runs)]
      return [
        label,
        ms(result.ms),
        floor ? ratio(result.ms / floor.ms) : '',
        node ? ratio(result.ms / node.ms) : '',
        ms(result.cpuMs),
        floor ? ratio(result.cpuMs / floor.cpuMs) : '',
        mb(result.rssMb),
        floor ? ratio(result.rssMb / floor.rssMb) : '',
        String(result.runs),
      ]
    }),
  )
}

/**
 * The issue's targets, each with the measured ratio by wall time (what the
 * targets are stated in) and by CPU time (steadier on a shared machine),
 * and whether the wall-time ratio meets it.
 *
 * @param {{ target: string, wall: number | undefined, cpu?: number, limit: number, kind: 'at-most' | 'at-least', note?: string }[]} targets
 */
export function formatTargets(targets) {
  return table(
    ['target', 'measured (wall)', 'by CPU time', 'met?'],
    targets.map(({ target, wall, cpu, limit, kind, note }) => {
      if (wall === undefined || !Number.isFinite(wall)) return [target, note ?? 'not measured', '', 'n/a']
      const met = kind === 'at-most' ? wall <= limit : wall >= limit
      return [target, ratio(wall), cpu === undefined ? '' : ratio(cpu), met ? 'met' : '**not met**']
    }),
  )
}

/**
 * The linearity check: per shape, the time at n/4, n/2 and n and the growth
 * of the extra time per doubling, (t(n) − t(n/2)) / (t(n/2) − t(n/4)):
 * about 2 for linear work, 4 for quadratic. Growth is computed on CPU time
 * where GNU time gives it (steadier on a shared machine), else on wall time.
 *
 * @param {{ description: string, shape: string, size: number, lint: { ms: number, cpuMs: number, rssMb: number, failure?: string }, floor: { ms: number, cpuMs: number, failure?: string } }[]} rows
 */
export function formatStressTable(rows) {
  const body = []
  for (const group of groupByShape(rows).values()) {
    const growth = growthPerDoubling(group)
    group.forEach((row, index) => {
      body.push([
        row.description,
        row.lint.failure ? `failed: ${row.lint.failure}` : ms(row.lint.ms),
        row.lint.failure ? '' : ms(row.lint.cpuMs),
        mb(row.lint.rssMb),
        row.floor.failure ? `failed: ${row.floor.failure}` : `${ms(row.floor.ms)} (CPU ${ms(row.floor.cpuMs)})`,
        index === group.length - 1 ? (Number.isFinite(growth) ? `${growth.toFixed(1)} (${growth <= 2.6 ? 'linear' : '**super-linear**'})` : '**super-linear** (timed out)') : '',
      ])
    })
  }
  return table(['input', '`fordela lint` wall', 'CPU', 'peak RSS', 'floor (uniqueKeys off)', 'growth per doubling'], body)
}

/** (t(n) − t(n/2)) / (t(n/2) − t(n/4)) for one shape's three sizes, on CPU time when known. */
function growthPerDoubling(group) {
  const useCpu = group.every((row) => Number.isFinite(row.lint.cpuMs))
  const [quarter, half, full] = group.map((row) => (useCpu ? row.lint.cpuMs : row.lint.ms))
  return (full - half) / (half - quarter)
}

/** Rows grouped by shape, in first-seen order (Map.groupBy needs Node 21). */
function groupByShape(rows) {
  const groups = new Map()
  for (const row of rows) groups.set(row.shape, [...(groups.get(row.shape) ?? []), row])
  return groups
}

/** Whether every shape grew linearly (no timeout, growth ≤ 2.6). */
export function allLinear(rows) {
  return [...groupByShape(rows).values()].every((group) => {
    const growth = growthPerDoubling(group)
    return Number.isFinite(growth) && growth <= 2.6
  })
}
