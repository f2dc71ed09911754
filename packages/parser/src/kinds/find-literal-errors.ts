import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DocumentKind } from '../model/documents.js'
import { parseAmountLiteral } from '../literals/amount-literal.js'
import { parseShareLiteral } from '../literals/share-literal.js'
import type { YamlNode, YamlScalar } from '../yaml/yaml-node.js'

/** Keys whose value is an amount, in the kinds that have amounts (see `schemas/`). */
const AMOUNT_KEYS = new Set(['amount', 'each', 'total'])
/** Keys whose value maps names to amounts (an agreement rule's `except`). */
const AMOUNT_MAP_KEYS = new Set(['except'])
const KINDS_WITH_AMOUNTS: ReadonlySet<DocumentKind> = new Set(['Allocation', 'Agreement', 'Dataset'])

/**
 * The amount and share literals of a document that cannot be read
 * (`literal/…`), found while its schema has errors, so the builder, which
 * needs a valid shape, does not run: one run then reports every problem a
 * reader can see, not the literals only after the schema errors are fixed.
 * Amounts and shares are found by their keys; a value the schema already
 * reported at the same place is left to that finding.
 */
export function findLiteralErrors(
  kind: DocumentKind,
  root: YamlNode,
  file: string,
  reported: readonly Diagnostic[],
): Diagnostic[] {
  if (!KINDS_WITH_AMOUNTS.has(kind)) return []
  const taken = new Set(reported.map((diagnostic) => `${diagnostic.span[0]}:${diagnostic.span[1]}`))
  const found: Diagnostic[] = []
  const check = (node: YamlNode, read: typeof parseAmountLiteral | typeof parseShareLiteral): void => {
    if (node.type !== 'scalar' || taken.has(`${node.span[0]}:${node.span[1]}`)) return
    const parsed = read(node as YamlScalar, file)
    if (!parsed.ok) found.push(parsed.diagnostic)
  }
  const visit = (node: YamlNode): void => {
    if (node.type === 'seq') {
      for (const item of node.items) visit(item)
      return
    }
    if (node.type !== 'map') return
    for (const pair of node.entries) {
      if (AMOUNT_KEYS.has(pair.key)) check(pair.value, parseAmountLiteral)
      else if (pair.key === 'share') check(pair.value, parseShareLiteral)
      else if (AMOUNT_MAP_KEYS.has(pair.key) && pair.value.type === 'map')
        for (const entry of pair.value.entries) check(entry.value, parseAmountLiteral)
      visit(pair.value)
    }
  }
  visit(root)
  return found
}
