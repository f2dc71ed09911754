import type { AllocationEvaluation } from '@fordela/engine'
import type { PartyGroup } from '@fordela/parser'

/**
 * The short label of a party, group or member, as the memo's bullets use it
 * ("VGR", "NSPH"): its `short`, else its name, else the id as written (a
 * party the parties document does not know, which the engine reports).
 */
export function labelRecipient(evaluation: AllocationEvaluation, id: string): string {
  const ref = evaluation.party(id)
  if (!ref) return id
  const named = ref.type === 'group' ? ref.group : ref.party
  return named.short?.value ?? named.name.value
}

/** The full name of a party, group or member, as tables use it ("Västra Götalandsregionen"). */
export function nameRecipient(evaluation: AllocationEvaluation, id: string): string {
  const ref = evaluation.party(id)
  if (!ref) return id
  return ref.type === 'group' ? ref.group.name.value : ref.party.name.value
}

/** Swedish definite plural endings and what is left of the noun without them. */
const DEFINITE_PLURALS: readonly [ending: RegExp, replacement: string][] = [
  [/(erna|arna|orna)$/u, ''],
  [/(e)na$/u, '$1'],
  [/en$/u, ''],
]

/**
 * What one member of a group is called, for "1 000 000 kr per
 * kommunalförbund": the group's one-word name in the indefinite singular
 * (Kommunalförbunden → kommunalförbund, Vårdsamverkansområdena →
 * vårdsamverkansområde, Regionerna → region). A name of several words, or one
 * without a definite plural ending, gives "medlem", which is always right.
 */
export function nameMemberNoun(group: PartyGroup): string {
  const name = group.name.value.trim()
  if (!/^\p{L}+$/u.test(name)) return 'medlem'
  const lower = name.charAt(0).toLocaleLowerCase('sv') + name.slice(1)
  for (const [ending, replacement] of DEFINITE_PLURALS) {
    if (ending.test(lower)) return lower.replace(ending, replacement)
  }
  return 'medlem'
}
