import type { Decimal } from 'decimal.js'
import {
  claimHolds,
  createDiagnostic,
  describeClaimBand,
  formatKronor,
  parseClaimPhrase,
  parseRatioClaim,
  Rational,
  ratioClaimHolds,
  suggestRatioWording,
  type ArgsOf,
  type Diagnostic,
  type SourceRange,
} from '@fordela/parser'
import { parseChangeClaim } from './change-claim.js'
import { formatCountInWords, readCountClaim } from './count-words.js'
import { printPlaceholderRef, type CountTarget, type PlaceholderRef, type PlaceholderSegment } from './placeholder.js'
import type { PlaceholderValue } from './resolve-placeholder.js'

/**
 * Checks a placeholder's `says "…"` text against its computed value. For an
 * amount the text is read with the parser's claim phrases ("drygt 20
 * miljoner kronor" means above 20 000 000 and below 21 000 000); for a ratio
 * the text is read with {@link parseRatioClaim}: `a:b` holds exactly, "cirka
 * 1:2", "ungefär hälften", "drygt en tredjedel" within their bands.
 *
 * @returns nothing when the placeholder has no says-text or the text holds.
 */
export function checkPlaceholderClaim(segment: PlaceholderSegment, value: PlaceholderValue): Diagnostic[] {
  if (segment.says === undefined) return []
  const at = segment.saysAt ?? segment.at
  if (value.type === 'ratio') return checkRatio(segment.says, value.left, value.right, segment, at)
  if (value.type === 'count') return checkCount(segment, value.value, at)
  if (value.type === 'change') return checkChange(segment, value, at)
  if (value.type !== 'kronor') return []
  const claim = parseClaimPhrase(segment.says)
  if (!claim) return [createDiagnostic('prose/unparsable-claim', { claim: segment.says, expected: 'amount' }, at)]
  if (claimHolds(claim, value.value)) return []
  const band = describeClaimBand(claim)
  const args = {
    ...describeTarget(segment),
    claim: segment.says,
    value: formatKronor(value.value, { space: 'plain' }),
    bandSv: band.sv,
    bandEn: band.en,
  }
  return [createDiagnostic('prose/claim-not-supported', args, at)]
}

function checkRatio(
  says: string,
  left: Decimal,
  right: Decimal,
  segment: PlaceholderSegment,
  at: SourceRange,
): Diagnostic[] {
  const claim = parseRatioClaim(says)
  if (!claim) return [createDiagnostic('prose/unparsable-claim', { claim: says, expected: 'ratio' }, at)]
  const [exactLeft, exactRight] = [Rational.fromDecimal(left), Rational.fromDecimal(right)]
  if (ratioClaimHolds(claim, exactLeft, exactRight)) return []
  if (segment.expr.type !== 'ratio') return []
  const args = {
    claim: says,
    left: printPlaceholderRef(segment.expr.left),
    right: printPlaceholderRef(segment.expr.right),
    leftValue: formatKronor(left, { space: 'plain' }),
    rightValue: formatKronor(right, { space: 'plain' }),
    actual: printRatio(exactLeft, exactRight),
    suggestion: suggestRatioWording(exactLeft, exactRight, claim.form),
  }
  return [createDiagnostic('prose/ratio-not-supported', args, at)]
}

/** A count claim ("fyra", "fyra aktiviteter") must name the count exactly. */
function checkCount(segment: PlaceholderSegment, count: number, at: SourceRange): Diagnostic[] {
  const says = segment.says ?? ''
  const claimed = readCountClaim(says)
  if (claimed === undefined) return [createDiagnostic('prose/unparsable-claim', { claim: says, expected: 'count' }, at)]
  if (claimed === count) return []
  const counted = segment.expr.type === 'count' ? describeCounted(segment.expr.of) : ''
  return [
    createDiagnostic(
      'prose/count-not-supported',
      { claim: says, count: counted, actual: formatCountInWords(count) },
      at,
    ),
  ]
}

/** `count(section.x.lines)` as written, for the finding. */
function describeCounted(of: CountTarget): string {
  return of.kind === 'section-lines'
    ? `count(section.${of.section.value}.lines)`
    : `count(party.${of.party.value}.members)`
}

/**
 * A year-over-year claim ("en ökning på drygt 10 miljoner jämfört med 2024")
 * must have the change's direction, its size within the amount claim's band,
 * and the previous allocation's year when it names one.
 */
function checkChange(
  segment: PlaceholderSegment,
  value: Extract<PlaceholderValue, { type: 'change' }>,
  at: SourceRange,
): Diagnostic[] {
  const says = segment.says ?? ''
  const claim = parseChangeClaim(says)
  if (!claim) return [createDiagnostic('prose/unparsable-claim', { claim: says, expected: 'change' }, at)]
  const direction = value.value.isZero() ? 'none' : value.value.isPositive() ? 'up' : 'down'
  const size = value.value.abs()
  const yearHolds = claim.year === undefined || claim.year === value.previousYear
  const sizeHolds = claim.size === undefined || claimHolds(claim.size, size)
  if (claim.direction === direction && yearHolds && sizeHolds) return []
  const plain = (amount: Decimal) => formatKronor(amount, { space: 'plain' })
  const reference = segment.expr.type === 'change' ? printPlaceholderRef(segment.expr.ref) : ''
  const changeSv =
    direction === 'none' ? 'alltså oförändrat' : `en ${direction === 'up' ? 'ökning' : 'minskning'} på ${plain(size)}`
  const changeEn =
    direction === 'none' ? 'so unchanged' : `an ${direction === 'up' ? 'increase' : 'decrease'} of ${plain(size)}`
  const band = claim.size ? describeClaimBand(claim.size) : { sv: '', en: '' }
  const args = {
    claim: says,
    reference,
    now: plain(value.now),
    previous: plain(value.previous),
    previousYear: String(value.previousYear),
    change: changeSv,
    changeEn,
    bandSv: band.sv,
    bandEn: band.en,
  }
  return [createDiagnostic('prose/change-not-supported', args, at)]
}

/** `left:right` in lowest terms (`3:5`), or `1:0` / `0:0` when right is zero. */
function printRatio(left: Rational, right: Rational): string {
  if (right.isZero()) return left.isZero() ? '0:0' : '1:0'
  const quotient = left.div(right)
  return `${quotient.num}:${quotient.den}`
}

type TargetArgs = Pick<ArgsOf<'prose/claim-not-supported'>, 'target' | 'id' | 'section' | 'fund'>

/** Names the placeholder's value for the finding's message. */
function describeTarget(segment: PlaceholderSegment): TargetArgs {
  const expr = segment.expr
  const ref: PlaceholderRef | undefined =
    expr.type === 'ratio' || expr.type === 'count'
      ? undefined
      : expr.type === 'change' || expr.type === 'previous'
        ? expr.ref
        : expr
  switch (ref?.type) {
    case 'fund':
      return { target: 'fund', id: ref.fund.value, section: '', fund: '' }
    case 'line':
      return { target: 'line', id: ref.line.value, section: '', fund: '' }
    case 'section':
      return { target: 'section', id: '', section: ref.section.value, fund: ref.fund?.value ?? '' }
    case 'party':
      return ref.section
        ? { target: 'section-party', id: ref.party.value, section: ref.section.value, fund: ref.fund?.value ?? '' }
        : { target: 'party', id: ref.party.value, section: '', fund: ref.fund?.value ?? '' }
    default:
      return { target: 'total', id: '', section: '', fund: '' }
  }
}
