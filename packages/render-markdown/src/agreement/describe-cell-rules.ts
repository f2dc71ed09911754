import { Decimal } from 'decimal.js'
import { formatKronor, type AgreementCell, type AgreementColumn, type CellRule } from '@fordela/parser'
import type { AgreementNames } from './agreement-names.js'

/** A cell's rules in words: the whole cell, and each rule when there are several. */
export interface CellWords {
  /** "4 000 000 kr per län, storstadslänen 7 000 000 kr"; "5 000 000 kr per län, resten efter folkmängd". */
  readonly summary: string
  /** One phrase per rule with its title, when the cell has several rules and some have a title; else empty. */
  readonly rules: readonly string[]
}

/**
 * States a cell's distribution rules in words. The fixed amounts per unit
 * are added up over the `each` rules, with every exception summed the same
 * way, so the strategy cell reads "4 000 000 kr per län, storstadslänen
 * 7 000 000 kr"; a `rest` rule reads "resten efter folkmängd" (or "efter
 * folkmängd" when it divides the whole cell). A single recipient's cell goes
 * to it whole.
 */
export function describeCellRules(cell: AgreementCell, column: AgreementColumn, names: AgreementNames): CellWords {
  if (cell.rules.length === 0) {
    return {
      summary: column.recipient ? `hela beloppet till ${column.recipient.value}` : 'ingen fördelningsregel',
      rules: [],
    }
  }
  const eachRules = cell.rules.filter((rule) => rule.type === 'each')
  const phrases = eachRules.length > 0 ? [describeEach(sumEachRules(eachRules), column, names)] : []
  for (const rule of cell.rules) {
    if (rule.type === 'rest') phrases.push(describeRest(rule.by.value, eachRules.length > 0, column, names))
  }
  const rules =
    cell.rules.length > 1 && cell.rules.some((rule) => rule.title)
      ? cell.rules.map((rule) => {
          const words =
            rule.type === 'each'
              ? describeEach(sumEachRules([rule]), column, names)
              : describeRest(rule.by.value, true, column, names)
          return rule.title ? `${rule.title.value}: ${words}` : words
        })
      : []
  return { summary: phrases.join(', '), rules }
}

type EachRule = Extract<CellRule, { type: 'each' }>

/** Per unit and per exception target, what the `each` rules give together. */
interface EachTotal {
  readonly each: Decimal
  readonly except: readonly { readonly target: string; readonly amount: Decimal }[]
}

function sumEachRules(rules: readonly EachRule[]): EachTotal {
  const targets = [...new Set(rules.flatMap((rule) => rule.except.map((entry) => entry.target.value)))]
  const each = rules.reduce((sum, rule) => sum.plus(rule.each.value), new Decimal(0))
  const except = targets.map((target) => ({
    target,
    amount: rules.reduce(
      (sum, rule) =>
        sum.plus(rule.except.find((entry) => entry.target.value === target)?.amount.value ?? rule.each.value),
      new Decimal(0),
    ),
  }))
  return { each, except }
}

function describeEach(total: EachTotal, column: AgreementColumn, names: AgreementNames): string {
  const exceptions = total.except.map(
    (entry) => `, ${names.target(column, entry.target)} ${formatKronor(entry.amount)}`,
  )
  return `${formatKronor(total.each)} per ${names.unitNoun(column)}${exceptions.join('')}`
}

function describeRest(by: string, afterFixed: boolean, column: AgreementColumn, names: AgreementNames): string {
  const what = afterFixed ? 'resten ' : ''
  return by === 'equal' ? `${what}lika per ${names.unitNoun(column)}` : `${what}efter ${names.measure(column, by)}`
}
