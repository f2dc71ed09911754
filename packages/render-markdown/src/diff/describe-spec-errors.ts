import type { Language } from '@fordela/parser'
import { messages, say } from '../messages/index.js'

/** A compared allocation with errors that can make its amounts wrong. */
export interface ComparedSpecErrors {
  /** Which side of the comparison it is. */
  readonly side: 'before' | 'after'
  /** Its workspace path. */
  readonly file: string
  /** How many such errors. */
  readonly errors: number
}

/**
 * The warning a comparison opens with when a compared spec has errors that
 * can make its amounts wrong: its totals and rows may not add up, and no
 * one should read it as the change a decision makes. One sentence for all
 * such specs; none when there are none.
 */
export function describeSpecErrors(specs: readonly ComparedSpecErrors[], lang: Language): string[] {
  if (specs.length === 0) return []
  const sides = specs.map((spec) => {
    const side = say(lang, spec.side === 'before' ? messages.diff.sideBefore : messages.diff.sideAfter)
    return `${spec.file} (${side}): ${say(lang, messages.diff.errorCount, { count: spec.errors })}`
  })
  return [say(lang, messages.diff.specErrors, { specs: sides.join('; ') })]
}
