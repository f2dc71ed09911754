import type { Language } from '@fordela/parser'
import type { Allotment, LineEvaluation } from '../allocation/allocation-evaluation.js'
import type { DerivationStep } from '../derivation/derivation.js'
import { describeRounding } from './describe-rounding.js'
import type { ExplainNames } from './explain-names.js'
import { formatAmount, formatFigure, formatWeight } from './format-figures.js'
import { nameShare } from './name-share.js'
import { traceNode, type TraceNode } from './trace-node.js'

/** What a line trace needs: names, language, the section's fund and the filter. */
export interface LineTraceContext {
  readonly names: ExplainNames
  readonly lang: Language
  /** The fund of the section the line is in; a line drawing on another says so. */
  readonly sectionFund: string
  /** Show only what reaches this party, group or member. */
  readonly party?: string
  /** Whether a recipient id is the party filtered for or one of its members. */
  readonly reaches: (recipient: string) => boolean
}

/**
 * A line of a step as a node: "Västra Götalandsregionen får 9 497 505 kr: en
 * tredjedel av 28 492 514 kr = 9 497 504,67 → 9 497 505 (största rest)",
 * with its members (each one's part, and for a split by weight its weight and
 * the total) and its child lines below it. With a party filter, a line to
 * someone else is left out (undefined) and a line to a group shows only the
 * member filtered for.
 */
export function traceLine(line: LineEvaluation, context: LineTraceContext): TraceNode | undefined {
  const whole = context.party === undefined || context.reaches(line.line.to.value)
  const inner: LineTraceContext = whole ? { ...context, reaches: () => true } : context
  const members = line.children.length > 0 ? [] : memberNodes(line, inner)
  const children = line.children.flatMap((child) => traceLine(child, inner) ?? [])
  if (!whole && members.length === 0 && children.length === 0) return undefined
  return traceNode(describeLine(line, context), [...members, ...children])
}

/** The line's own text: who gets how much, and how it is worked out. */
function describeLine(line: LineEvaluation, context: LineTraceContext): string {
  const { names, lang } = context
  const to = line.line.to.value
  const step = line.derivation.at(-1)
  const how = step ? describeQuantity(step, to, context) : ''
  const pool = line.line.how ? `, ${line.line.how.value}` : ''
  const otherFund = line.fund === context.sectionFund ? '' : lang === 'sv' ? ` (ur fonden ${names.fund(line.fund)})` : ` (from the fund ${names.fund(line.fund)})`
  return `${names.recipient(to)} ${lang === 'sv' ? 'får' : 'receives'} ${formatAmount(line.amount)}${otherFund}: ${how}${pool}`
}

function describeQuantity(step: DerivationStep, to: string, { names, lang }: LineTraceContext): string {
  switch (step.type) {
    case 'amount':
      return lang === 'sv' ? 'fast belopp' : 'a fixed sum'
    case 'each':
      return lang === 'sv'
        ? `${formatAmount(step.each)} till var och en av ${step.members} ${step.members === 1 ? 'medlem' : 'medlemmar'}`
        : `${formatAmount(step.each)} to each of ${step.members} ${step.members === 1 ? 'member' : 'members'}`
    case 'share':
      return `${nameShare(step.share, lang)} ${lang === 'sv' ? 'av' : 'of'} ${formatAmount(step.base)} ${describeRounding(step.rounding, step.amount, to, names.recipient, lang)}`
    case 'rest':
      return lang === 'sv' ? `resten av ${formatAmount(step.base)}` : `the rest of ${formatAmount(step.base)}`
    default:
      // A line's own step is always one of the four quantities.
      return ''
  }
}

/** Each member's part of a group line, or none for a line to one party. */
function memberNodes(line: LineEvaluation, context: LineTraceContext): TraceNode[] {
  const to = line.line.to.value
  const ofGroup = line.members.filter((member) => member.recipient !== to)
  return ofGroup.filter((member) => context.reaches(member.recipient)).map((member) => traceNode(describeMember(member, line.members.length, context)))
}

/** "Fyrbodals kommunalförbund får 1 451 491 kr av 9 497 505 kr efter folkmängd: 9 497 505 × 271 734 / 1 778 030 = …". */
function describeMember(member: Allotment, memberCount: number, { names, lang }: LineTraceContext): string {
  const gets = `${names.recipient(member.recipient)} ${lang === 'sv' ? 'får' : 'receives'} ${formatAmount(member.amount)}`
  const split = member.derivation.at(-1)
  if (split?.type !== 'split') return gets
  const rounding = describeRounding(split.rounding, split.amount, member.recipient, names.recipient, lang)
  const of = `${lang === 'sv' ? 'av' : 'of'} ${formatAmount(split.base)}`
  if (!split.weight) {
    return `${gets} ${of} ${lang === 'sv' ? 'i lika delar' : 'in equal parts'}: ${formatFigure(split.base)} / ${memberCount} ${rounding}`
  }
  const measure = names.measure(split.weight.dataset, split.weight.measure)
  const arithmetic = `${formatFigure(split.base)} × ${formatWeight(split.weight.value)} / ${formatWeight(split.weight.total)}`
  return `${gets} ${of} ${lang === 'sv' ? 'efter' : 'by'} ${measure}: ${arithmetic} ${rounding}`
}
