import type { Language } from '@fordela/parser'
import type { SpecWithErrors } from './count-amount-errors.js'

/**
 * The warning a comparison opens with when a compared spec has errors that
 * can make its amounts wrong: its totals and rows may not add up, and no
 * one should read it as the change a decision makes. One sentence per spec.
 */
export function describeSpecErrors(specs: readonly SpecWithErrors[], lang: Language): string[] {
  if (specs.length === 0) return []
  const sides = specs.map((spec) => {
    const side = spec.side === 'before' ? (lang === 'sv' ? 'före' : 'before') : lang === 'sv' ? 'efter' : 'after'
    const count = lang === 'sv' ? `${spec.errors} fel` : `${spec.errors} ${spec.errors === 1 ? 'error' : 'errors'}`
    return `${spec.file} (${side}): ${count}`
  })
  return lang === 'sv'
    ? [`Jämförelsen bygger på specar med fel som kan göra beloppen felaktiga (${sides.join('; ')}). Summor och rader nedan behöver inte stämma; rätta det som fordela lint visar innan jämförelsen används.`]
    : [`This comparison is built on specs with errors that can make the amounts wrong (${sides.join('; ')}). Totals and rows below need not add up; fix what fordela lint reports before using the comparison.`]
}
