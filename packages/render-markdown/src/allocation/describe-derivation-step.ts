import type { Decimal } from 'decimal.js'
import type { DerivationStep, RoundingEffect, WeightUsed } from '@fordela/engine'
import { formatKronor, Rational } from '@fordela/parser'
import { countEqualParts } from '../explain/count-equal-parts.js'
import { describeRounding as describeRoundingWords } from '../explain/describe-rounding.js'
import { formatExactKronor } from '../format/format-exact-kronor.js'
import { formatWeight } from '../format/format-weight.js'
import { lowerFirst } from '../format/lower-first.js'
import { describeCellUnit } from './describe-cell-unit.js'
import type { AgreementColumnRef, MemoContext } from './memo-context.js'

/** Names what the part ids of a division refer to: recipients, members, or the units of an agreement column. */
export type NamePart = (id: string) => string

/**
 * One link of an amount's derivation in plain Swedish, with its arithmetic:
 * "Resten, 95 000 000 kr, efter folkmängd: 95 000 000 × 1 767 016 /
 * 10 551 707 = 15 908 944,47… kr, avrundat nedåt till 15 908 944 kr."
 */
export function describeDerivationStep(step: DerivationStep, memo: MemoContext, namePart: NamePart): string {
  switch (step.type) {
    case 'agreement-cell':
      return `${describeCell(step, memo)}, ${describeCellUnit(memo, step, step.unit)}: cellen är ${formatKronor(step.cell)}.`
    case 'agreement-rule':
      if (step.rule === 'each') return `${step.title ?? 'Fast belopp per enhet'}: ${formatKronor(step.amount)}.`
      return `${step.title ? `${step.title}: resten` : 'Resten'}, ${formatKronor(step.base)}, ${describeWeighing(step.base, step.weight, memo, step.rounding?.exact)}${describeRounding(step.rounding, step.amount, namePart)}.`
    case 'fund':
      if (step.terms)
        return `Fonden ${memo.fundTitle(step.fund)}: summan av raderna som tar ur den, ${step.terms.length > 0 ? step.terms.map((term) => figure(term.amount)).join(' + ') : '0'} = ${formatKronor(step.amount)}.`
      return `Fonden ${memo.fundTitle(step.fund)}: ${formatKronor(step.amount)}.`
    case 'step':
      return `Steg ${step.step}${step.title ? ` (${step.title})` : ''}: ${formatKronor(step.available)} kvar i fonden när steget börjar.`
    case 'amount':
      return `Fast belopp: ${formatKronor(step.amount)}.`
    case 'each':
      return `${formatKronor(step.each)} × ${step.members} = ${formatKronor(step.amount)}.`
    case 'share':
      return `Andel ${step.share.toString()} av ${formatKronor(step.base)}: ${figure(step.base)} × ${step.share.toString()} = ${formatExactKronor(step.rounding.exact)}${describeRounding(step.rounding, step.amount, namePart)}.`
    case 'rest':
      return `Det som blir kvar av ${formatKronor(step.base)}: ${formatKronor(step.amount)}.`
    case 'split':
      return `${namePart(step.member)}: av ${formatKronor(step.base)}, ${describeWeighing(step.base, step.weight, memo, step.rounding.exact)}${describeRounding(step.rounding, step.amount, namePart)}.`
  }
}

/**
 * "område 3, kolumn Län", with the number and title the cell's own agreement
 * (a fund's `from.agreement`, else the allocation's) gives, when it is known.
 */
function describeCell(cell: AgreementColumnRef & { readonly area: string }, memo: MemoContext): string {
  const { area, column } = cell
  const agreement = memo.agreementById(cell.agreement)
  const agreementArea = agreement?.areas.find((candidate) => candidate.id.value === area)
  const agreementColumn = agreement?.columns.find((candidate) => candidate.id.value === column)
  const areaWords = agreementArea?.number
    ? `område ${agreementArea.number.value}`
    : `området ${agreementArea?.title.value ?? area}`
  return `Överenskommelsen, ${areaWords}, kolumn ${agreementColumn?.title.value ?? column}`
}

/**
 * "efter folkmängd: 95 000 000 × 1 767 016 / 10 551 707 = 15 908 944,47… kr",
 * the measure titled by the dataset the weights were read from; or an equal
 * split, with its arithmetic when a part's exact value `part` is given: "lika
 * delar: 1 000 010 / 4 = 250 002,50 kr".
 */
function describeWeighing(base: Decimal, weight: WeightUsed | undefined, memo: MemoContext, part?: Rational): string {
  if (!weight) {
    const parts = part && countEqualParts(base, part)
    return part && parts ? `lika delar: ${figure(base)} / ${parts} = ${formatExactKronor(part)}` : 'lika delar'
  }
  const exact = weight.total.isZero()
    ? undefined
    : weight.value.mul(Rational.fromDecimalString(base.toFixed())).div(weight.total)
  const arithmetic = `${figure(base)} × ${formatWeight(weight.value)} / ${formatWeight(weight.total)}`
  return `efter ${lowerFirst(memo.weightTitle(weight))}: ${arithmetic}${exact ? ` = ${formatExactKronor(exact)}` : ''}`
}

/**
 * ", avrundat nedåt till 15 908 944 kr" and, under largest remainder, how
 * many kronor were left over and which parts got them, where this part's
 * decimals ranked and which tie document order decided, in the words
 * `fordela explain` uses too: nothing when the exact value was whole.
 */
function describeRounding(rounding: RoundingEffect | undefined, amount: Decimal, namePart: NamePart): string {
  if (!rounding || rounding.exact.den === 1n) return ''
  return `, ${describeRoundingWords(rounding, { lang: 'sv', name: namePart, space: 'nbsp', to: formatKronor(amount) })}`
}

/** A whole amount without its unit, for arithmetic: "95 000 000". */
function figure(amount: Decimal): string {
  return formatKronor(amount, { unit: 'none' })
}
