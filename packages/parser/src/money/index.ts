/** The money module: exact amounts, shares, rounding and apportionment. */
export { parseAmountLiteral, type AmbiguousAmountForm } from './amount-literal.js'
export { apportion, splitByShares, type Apportionment, type RoundingAdjustment, type ShareSplit } from './apportion.js'
export { claimHolds, parseClaimPhrase, type ClaimDirection, type ClaimPhrase } from './claim-phrase.js'
export { describeClaimBand } from './describe-claim-band.js'
export { formatKronor, type FormatKronorOptions } from './format-kronor.js'
export { Rational } from './rational.js'
export { parseShareLiteral } from './share-literal.js'
export { sumKronor } from './sum-kronor.js'
