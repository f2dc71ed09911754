import type { LocalizedText } from '../language.js'
import type { ClaimPhrase } from './claim-phrase.js'
import { formatKronor } from './format-kronor.js'

/**
 * Says in words, in both languages, which values a claim allows, with plain
 * spaces for use in diagnostics: "mellan 61 403 000 och 61 404 000 kr" (both
 * bounds excluded), "mellan 61 402 500 och 61 403 500 kr, gränserna
 * inräknade" (near), "exakt 7 000 000 kr".
 */
export function describeClaimBand(claim: ClaimPhrase): LocalizedText {
  const amount = (value: ClaimPhrase['low']): string => formatKronor(value, { unit: 'none', space: 'plain' })
  const low = amount(claim.low)
  const high = amount(claim.high)
  if (claim.direction === 'exact') return { sv: `exakt ${low} kr`, en: `exactly ${low} kr` }
  const inclusive = claim.lowInclusive && claim.highInclusive
  return {
    sv: `mellan ${low} och ${high} kr${inclusive ? ', gränserna inräknade' : ''}`,
    en: `between ${low} and ${high} kr${inclusive ? ', bounds included' : ''}`,
  }
}
