import type { AllocationLine } from '../model/documents.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import { compact, type BuildContext } from './build-context.js'
import { findPair, findValue, rangeOf, rangeOfPair, readMapItems, readText, requireText } from './read-fields.js'
import { locateAmount, locateShare } from './read-literal-fields.js'

/**
 * Reads one line of a step, with its child lines: who gets what, by exactly
 * one of `amount`, `each`, `share` and `rest: true` (the schema holds it to one).
 */
export function readAllocationLine(map: YamlMap, context: BuildContext): AllocationLine {
  return {
    to: requireText(map, 'to', context),
    quantity: readQuantity(map, context),
    lines: readMapItems(map, 'lines').map((line) => readAllocationLine(line, context)),
    at: rangeOf(map, context),
    ...compact({
      id: readText(map, 'id', context),
      fund: readText(map, 'fund', context),
      split: readText(map, 'split', context),
      how: readText(map, 'how', context),
      purpose: readText(map, 'purpose', context),
    }),
  }
}

function readQuantity(map: YamlMap, context: BuildContext): AllocationLine['quantity'] {
  const amount = findValue(map, 'amount')
  if (amount) return { type: 'amount', amount: locateAmount(amount, context) }
  const each = findValue(map, 'each')
  if (each) return { type: 'each', each: locateAmount(each, context) }
  const share = findValue(map, 'share')
  if (share) return { type: 'share', share: locateShare(share, context) }
  const rest = findPair(map, 'rest')
  if (rest) return { type: 'rest', at: rangeOfPair(rest, context) }
  throw new Error('kinds: a line without amount, each, share or rest passed the schema')
}
