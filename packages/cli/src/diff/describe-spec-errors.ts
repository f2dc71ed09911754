import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import type { SpecWithErrors } from './count-amount-errors.js'

/**
 * The warning a comparison opens with when a compared spec has errors that
 * can make its amounts wrong: its totals and rows may not add up, and no
 * one should read it as the change a decision makes. One sentence per spec.
 */
export function describeSpecErrors(specs: readonly SpecWithErrors[], lang: Language): string[] {
  if (specs.length === 0) return []
  const words = messages.cliSpec
  const sides = specs.map((spec) =>
    say(lang, words.specErrorCount, { file: spec.file, side: say(lang, spec.side === 'before' ? words.sideBefore : words.sideAfter), errors: spec.errors }),
  )
  return [say(lang, words.comparisonOnErrors, { specs: sides.join('; ') })]
}
