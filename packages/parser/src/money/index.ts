/** The money module: exact amounts, shares, rounding and apportionment. */
import './exact-kronor-precision.js'
export { KRONOR_PRECISION } from './exact-kronor-precision.js'
export {
  apportion,
  splitByShares,
  type Apportionment,
  type RemainderRanking,
  type RoundingAdjustment,
  type ShareSplit,
} from './apportion.js'
export { claimHolds, parseClaimPhrase, type ClaimDirection, type ClaimPhrase } from './claim-phrase.js'
export { describeClaimBand } from './describe-claim-band.js'
export { formatKronor, type FormatKronorOptions } from './format-kronor.js'
export { Rational } from './rational.js'
export { parseRatioClaim, RATIO_BAND, ratioClaimHolds, suggestRatioWording, type RatioClaim } from './ratio-claim.js'
export { sumKronor } from './sum-kronor.js'
export { exceedsFractionDigits, exceedsShareDigits, maxFractionDigits, maxShareDigits } from './fraction-limits.js'
