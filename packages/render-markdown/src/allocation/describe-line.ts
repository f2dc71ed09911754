import type { Decimal } from 'decimal.js'
import type { LineEvaluation } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { formatShareInWords } from '../format/format-share-in-words.js'
import { lowerFirst } from '../format/lower-first.js'
import type { MemoContext } from './memo-context.js'
import { nameMemberNoun } from './name-recipient.js'

/** Where a line draws its money from, for the words of a share. */
export interface LinePlace {
  /** The fund the section draws on by default. */
  readonly sectionFund: string
  /** "kvarvarande medel", "medlen" or, for a child line, "beloppet". */
  readonly pot: string
}

/**
 * A line in the memo's words, after the recipient's label:
 * `amount` "1 000 000 kr för länsgemensam samverkan";
 * `each` "1 000 000 kr per kommunalförbund (4 000 000 kr)";
 * `share` "en tredjedel av kvarvarande medel, 9 497 505 kr";
 * `rest` "resten, 120 000 kr";
 * then how an open pool is handed out ("att fördela genom ansökningsförfarande"),
 * the fund when it is not the section's, and how a group's part is split
 * ("fördelat efter folkmängd").
 */
export function describeLine(line: LineEvaluation, place: LinePlace, memo: MemoContext): string {
  const spec = line.line
  const purpose = spec.purpose ? ` ${spec.purpose.value}` : ''
  let words: string
  switch (spec.quantity.type) {
    case 'amount':
      words = `${formatKronor(line.amount)}${purpose}`
      break
    case 'each':
      words = `${formatKronor(spec.quantity.each.value)} per ${memberNoun(spec.to.value, memo)}${purpose} (${formatKronor(line.amount)})`
      break
    case 'share':
      words = `${formatShareInWords(spec.quantity.share.value)} av ${place.pot}${purpose}, ${formatKronor(line.amount)}`
      break
    case 'rest':
      words = `resten${purpose}, ${formatKronor(line.amount)}`
      break
  }
  if (spec.how) words += ` att fördela ${spec.how.value}`
  if (line.fund !== place.sectionFund) words += ` ur ${memo.fundTitle(line.fund)}`
  if (spec.split && spec.lines.length === 0) words += `, ${describeSplit(spec.split.value, memo)}`
  return words
}

/** "fördelat efter folkmängd", or "fördelat lika". */
export function describeSplit(by: string, memo: MemoContext): string {
  return by === 'equal' ? 'fördelat lika' : `fördelat efter ${lowerFirst(memo.measureTitle(by))}`
}

/** Whether a step's pot is what is left of the fund ("kvarvarande medel") or all of it ("medlen"). */
export function namePot(available: Decimal | undefined, fundAmount: Decimal | undefined): string {
  return available && fundAmount && available.lt(fundAmount) ? 'kvarvarande medel' : 'medlen'
}

/** Joins phrases the Swedish way: "a", "a samt b", "a, b samt c". */
export function joinWithSamt(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('')
  return `${phrases.slice(0, -1).join(', ')} samt ${phrases.at(-1)}`
}

function memberNoun(id: string, memo: MemoContext): string {
  const ref = memo.evaluation.party(id)
  return ref?.type === 'group' ? nameMemberNoun(ref.group) : 'mottagare'
}
