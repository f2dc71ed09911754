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
    [
      'measurement',
      'median wall',
      '× floor',
      '× `node -e 0`',
      'median CPU',
      'CPU × floor',
      'peak RSS',
      'RSS × floor',
      'runs',
    ],
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
 * The linearity check: per shape, the time at a baseline of a few items and
 * at n/4, n/2 and n, and how the cost per item grows from n/4 to n once the
 * baseline (start, imports, reporting one file) is taken off:
 * ((t(n) − t₀) / n) / ((t(n/4) − t₀) / (n/4)), 1 for linear work, 4 for
 * quadratic. Above 2 counts as super-linear. Computed on CPU time where GNU
 * time gives it (steadier on a shared machine), else on wall time. The n/2
 * row is shown, not used: a second difference of three nearby sizes moved
 * by more than 2× between runs on this machine (a full garbage collection
 * that starts at one size and not the one before is a step, not a trend).
 *
 * @param {{ description: string, shape: string, size: number, lint: { ms: number, cpuMs: number, rssMb: number, failure?: string }, floor: { ms: number, cpuMs: number, failure?: string } }[]} rows
 */
export function formatStressTable(rows) {
  const body = []
  for (const group of groupByShape(rows).values()) {
    const growth = costPerItemGrowth(group)
    group.forEach((row, index) => {
      body.push([
        row.description,
        row.lint.failure ? `failed: ${row.lint.failure}` : ms(row.lint.ms),
        row.lint.failure ? '' : ms(row.lint.cpuMs),
        mb(row.lint.rssMb),
        row.floor.failure ? `failed: ${row.floor.failure}` : `${ms(row.floor.ms)} (CPU ${ms(row.floor.cpuMs)})`,
        index === group.length - 1
          ? Number.isFinite(growth)
            ? `${growth.toFixed(2)} (${growth <= SUPER_LINEAR ? 'linear' : '**super-linear**'})`
            : '**super-linear** (timed out)'
          : '',
      ])
    })
  }
  return table(
    ['input', '`fordela lint` wall', 'CPU', 'peak RSS', 'floor (uniqueKeys off)', 'cost per item, n ÷ n/4'],
    body,
  )
}

/** Cost-per-item growth above which a shape counts as super-linear (linear 1, quadratic 4). */
const SUPER_LINEAR = 2

/** For one shape's baseline, n/4, n/2 and n rows: cost per item at n ÷ cost per item at n/4, baseline taken off. */
function costPerItemGrowth(group) {
  const useCpu = group.every((row) => Number.isFinite(row.lint.cpuMs))
  const time = (row) => (useCpu ? row.lint.cpuMs : row.lint.ms)
  const [baseline, quarter, , full] = group
  const perItem = (row) => (time(row) - time(baseline)) / (row.size - baseline.size)
  return perItem(full) / perItem(quarter)
}

/** Rows grouped by shape, in first-seen order (Map.groupBy needs Node 21). */
function groupByShape(rows) {
  const groups = new Map()
  for (const row of rows) groups.set(row.shape, [...(groups.get(row.shape) ?? []), row])
  return groups
}

/** Whether every shape grew linearly (no timeout, cost per item at most doubled from n/4 to n). */
export function allLinear(rows) {
  return [...groupByShape(rows).values()].every((group) => {
    const growth = costPerItemGrowth(group)
    return Number.isFinite(growth) && growth <= SUPER_LINEAR
  })
}
