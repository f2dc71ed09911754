import type { Allotment, DerivationStep, LineEvaluation } from '@fordela/engine'
import type { Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import { describeRoundedFigure } from './describe-rounded-figure.js'
import type { ExplainNames } from './explain-names.js'
import { formatAmount, formatEqualDivision, formatFigure, formatWeight } from './format-figures.js'
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
 * tredjedel av 28 492 514 kr = 9 497 504,67 → 9 497 505 (avrundat uppåt: …)",
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
  const how = step ? describeQuantity(step, context) : ''
  const pool = line.line.how ? `, ${line.line.how.value}` : ''
  const otherFund =
    line.fund === context.sectionFund ? '' : say(lang, messages.explain.fromFund, { fund: names.fund(line.fund) })
  return `${names.recipient(to)} ${say(lang, messages.explain.receives)} ${formatAmount(line.amount)}${otherFund}: ${how}${pool}`
}

function describeQuantity(step: DerivationStep, { names, lang }: LineTraceContext): string {
  switch (step.type) {
    case 'amount':
      return say(lang, messages.explain.fixedSum)
    case 'each':
      return say(lang, messages.explain.eachMember, { amount: formatAmount(step.each), members: step.members })
    case 'share':
      return `${nameShare(step.share, lang)} ${say(lang, messages.explain.of)} ${formatAmount(step.base)} ${describeRoundedFigure(step.rounding, step.amount, names.recipient, lang)}`
    case 'rest':
      return say(lang, messages.explain.restOf, { amount: formatAmount(step.base) })
    default:
      // A line's own step is always one of the four quantities.
      return ''
  }
}

/** Each member's part of a group line, or none for a line to one party. */
function memberNodes(line: LineEvaluation, context: LineTraceContext): TraceNode[] {
  const to = line.line.to.value
  const ofGroup = line.members.filter((member) => member.recipient !== to)
  return ofGroup
    .filter((member) => context.reaches(member.recipient))
    .map((member) => traceNode(describeMember(member, line.members.length, context)))
}

/** "Fyrbodals kommunalförbund får 1 451 491 kr av 9 497 505 kr efter folkmängd: 9 497 505 × 271 734 / 1 778 030 = …". */
function describeMember(member: Allotment, memberCount: number, { names, lang }: LineTraceContext): string {
  const gets = `${names.recipient(member.recipient)} ${say(lang, messages.explain.receives)} ${formatAmount(member.amount)}`
  const split = member.derivation.at(-1)
  if (split?.type !== 'split') return gets
  const rounding = describeRoundedFigure(split.rounding, split.amount, names.recipient, lang)
  const of = `${say(lang, messages.explain.of)} ${formatAmount(split.base)}`
  if (!split.weight) {
    return `${gets} ${of} ${say(lang, messages.explain.inEqualParts)}: ${formatEqualDivision(split.base, memberCount)} ${rounding}`
  }
  const measure = names.measure(split.weight.dataset, split.weight.measure)
  const arithmetic = `${formatFigure(split.base)} × ${formatWeight(split.weight.value)} / ${formatWeight(split.weight.total)}`
  return `${gets} ${of} ${say(lang, messages.explain.by)} ${measure}: ${arithmetic} ${rounding}`
}
