import fc from 'fast-check'

/** What a generated line gives: the forms of the language, written as a spec writes them. */
export type GeneratedQuantity =
  | { readonly type: 'amount'; readonly amount: bigint }
  | { readonly type: 'each'; readonly each: bigint }
  | { readonly type: 'share'; readonly num: number; readonly den: number; readonly form: 'fraction' | 'percent' }
  | { readonly type: 'rest' }

/** A generated allocation line and its child lines. */
export interface GeneratedLine {
  readonly to: string
  readonly quantity: GeneratedQuantity
  readonly split?: 'folk' | 'unga' | 'equal'
  readonly fund?: string
  readonly lines: readonly GeneratedLine[]
}

/** The ids a line may give to: parties, groups and the groups' members. */
export interface RecipientIds {
  readonly parties: readonly string[]
  readonly groups: readonly string[]
  readonly members: readonly string[]
}

/** Amounts of every size: most fit their funds, some overdraw them, a few are near the 10^15 ceiling. */
const amountArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 0n, max: 50_000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 9n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n }) },
)

const shareArbitrary: fc.Arbitrary<GeneratedQuantity> = fc
  .record({
    den: fc.integer({ min: 1, max: 12 }),
    num: fc.nat({ max: 12 }),
    form: fc.constantFrom('fraction' as const, 'percent' as const),
  })
  .map(({ den, num, form }) => ({ type: 'share' as const, den, num: num % (den + 1), form }))

/**
 * One line to one of `ids`, with child lines to `depth` levels: groups get
 * a split unless the line has children or gives `each`; `fund` is drawn
 * only for a step's own lines (`top`), as the language allows.
 */
export function lineArbitrary(
  ids: RecipientIds,
  funds: number,
  depth: number,
  top = true,
): fc.Arbitrary<GeneratedLine> {
  const single = [...ids.parties, ...ids.members]
  const recipient =
    ids.groups.length > 0
      ? fc.oneof(fc.constantFrom(...single), fc.constantFrom(...ids.groups))
      : fc.constantFrom(...single)
  return fc
    .record({
      to: recipient,
      quantity: fc.oneof(
        amountArbitrary.map((amount) => ({ type: 'amount' as const, amount })),
        fc.bigInt({ min: 0n, max: 2_000n }).map((each) => ({ type: 'each' as const, each })),
        shareArbitrary,
        fc.constant({ type: 'rest' as const }),
      ),
      split: fc.constantFrom('folk' as const, 'unga' as const, 'equal' as const),
      fund: fc.option(fc.nat({ max: funds - 1 }), { freq: 8 }),
      lines:
        depth > 0
          ? fc.option(fc.array(lineArbitrary(ids, funds, depth - 1, false), { minLength: 1, maxLength: 3 }), {
              freq: 6,
            })
          : fc.constant(null),
    })
    .map(({ to, quantity, split, fund, lines }): GeneratedLine => {
      const isGroup = ids.groups.includes(to)
      // `each` is for groups: to anyone else the drawn sum becomes a plain amount.
      const fitted: GeneratedQuantity =
        quantity.type === 'each' && !isGroup ? { type: 'amount', amount: quantity.each } : quantity
      // Child lines divide the line's recipient's amount: they go to it, or to a member of its group.
      const children = fitted.type === 'each' ? [] : (lines ?? []).map((child) => retarget(child, to, isGroup))
      return {
        to,
        quantity: fitted,
        ...(isGroup && fitted.type !== 'each' && children.length === 0 ? { split } : {}),
        ...(fund !== null && top ? { fund: `f${fund}` } : {}),
        lines: children,
      }
    })
}

/**
 * A child line given to its parent's recipient `to`, or left to a member of
 * `to` when `to` is a group (`g0-m1` belongs to `g0`); a child moved onto a
 * group without lines of its own is split equally, as a line to a group
 * needs, and `each` moved onto a single party becomes an amount. Its own
 * children follow it.
 */
function retarget(child: GeneratedLine, to: string, isGroup: boolean): GeneratedLine {
  if (isGroup && child.to.startsWith(`${to}-`)) return child
  const needsSplit = isGroup && child.lines.length === 0 && child.quantity.type !== 'each'
  const { split: _split, ...rest } = child
  // `each` is for groups: moved onto a single party it becomes a plain amount.
  const quantity: GeneratedQuantity =
    !isGroup && child.quantity.type === 'each' ? { type: 'amount', amount: child.quantity.each } : child.quantity
  return {
    ...rest,
    to,
    quantity,
    ...(needsSplit ? { split: child.split ?? 'equal' } : {}),
    lines: child.lines.map((grandchild) => retarget(grandchild, to, isGroup)),
  }
}

/** The share `taken + quantity` when it is at most 1, else undefined; fractions as [numerator, denominator]. */
function addShare(
  quantity: Extract<GeneratedQuantity, { type: 'share' }>,
  taken: readonly [number, number],
): [number, number] | undefined {
  const sum: [number, number] = [taken[0] * quantity.den + quantity.num * taken[1], taken[1] * quantity.den]
  return sum[0] <= sum[1] ? sum : undefined
}

/**
 * Makes lines ones a careful writer could have written, so that the
 * error-free invariants get many cases: no `rest` (the section's last step
 * has it), shares that stay within half of what a step starts with, fixed
 * sums below 100 kr (200 kr per member), no line drawing on another
 * section's fund, and child lines that are shares closed by a rest line to
 * the parent's own recipient.
 */
export function tidyLines(lines: readonly GeneratedLine[], parent?: GeneratedLine): GeneratedLine[] {
  const child = parent !== undefined
  let taken: [number, number] = child ? [0, 1] : [1, 2]
  const kept = lines.flatMap((line): GeneratedLine[] => {
    const q = line.quantity
    if (q.type === 'rest' || (child && q.type !== 'share')) return []
    if (q.type === 'share') {
      const next = addShare(q, taken)
      if (!next) return []
      taken = next
    }
    const quantity: GeneratedQuantity =
      q.type === 'amount'
        ? { type: 'amount', amount: q.amount % 100n }
        : q.type === 'each'
          ? { type: 'each', each: q.each % 200n }
          : q
    const { fund: _otherFund, ...sameFund } = line
    return [{ ...sameFund, quantity, lines: line.lines.length > 0 ? tidyLines(line.lines, line) : [] }]
  })
  if (!parent) return kept
  // The rest goes to the parent's own recipient (a child line may not give it to anyone else), split
  // equally when that is a group (`g0`; see recipientIds).
  const toGroup = /^g\d+$/.test(parent.to)
  return [
    ...kept,
    { to: parent.to, quantity: { type: 'rest' }, ...(toGroup ? { split: 'equal' as const } : {}), lines: [] },
  ]
}
