/** Amount and share literals read from YAML scalars: a value, or the diagnostic that says why not. */
export { parseAmountLiteral, type AmbiguousAmountForm } from './amount-literal.js'
export type { Parsed } from './parsed.js'
export { parseShareLiteral } from './share-literal.js'
