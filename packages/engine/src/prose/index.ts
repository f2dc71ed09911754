export { checkPlaceholderClaim } from './check-claim.js'
export { checkProseClaims } from './check-claims.js'
export { formatCountInWords, readCountClaim } from './count-words.js'
export { parseChangeClaim, type ChangeClaim } from './change-claim.js'
export { listAllocationProse } from './list-allocation-prose.js'
export { parseProse, type ParsedProse } from './parse-prose.js'
export {
  placeholderFormats,
  printPlaceholderRef,
  type CountTarget,
  type PlaceholderExpr,
  type PlaceholderFormat,
  type PlaceholderRef,
  type PlaceholderSegment,
  type ProseSegment,
  type TextSegment,
} from './placeholder.js'
export { resolvePlaceholder, type PlaceholderValue, type ResolvedPlaceholder } from './resolve-placeholder.js'
export { checkProseLinks } from './check-prose-links.js'
export { findProseLinks, type ProseLink } from './find-prose-links.js'
