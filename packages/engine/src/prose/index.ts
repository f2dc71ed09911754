export { checkPlaceholderClaim } from './check-claim.js'
export { checkProseClaims } from './check-claims.js'
export { listAllocationProse } from './list-allocation-prose.js'
export { parseProse, type ParsedProse } from './parse-prose.js'
export {
  placeholderFormats,
  printPlaceholderRef,
  type PlaceholderExpr,
  type PlaceholderFormat,
  type PlaceholderRef,
  type PlaceholderSegment,
  type ProseSegment,
  type TextSegment,
} from './placeholder.js'
export { resolvePlaceholder, type PlaceholderValue, type ResolvedPlaceholder } from './resolve-placeholder.js'
