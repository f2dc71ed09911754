import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import { suggestClosest } from '../diagnostics/did-you-mean.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Span, YamlNode, YamlPair } from '../yaml/yaml-node.js'
import { readBranchKeys } from './collapse-schema-errors.js'
import { appendKeyToPath, findEntry, type InstanceLocation } from './locate-instance-path.js'
import type { SchemaError } from './schema-error.js'
import type { SchemaFinding } from './schema-finding.js'
import { suggestId } from './suggest-id.js'

/**
 * Turns an error about a mapping's keys (`additionalProperties`, `required`,
 * `dependencies`, `oneOf`/`anyOf` over required keys, `propertyNames`) into a
 * finding placed on the key concerned, or for a missing key on the mapping's
 * first key. Returns undefined for other keywords.
 */
export function diagnoseKeyError(
  error: SchemaError,
  location: InstanceLocation,
  file: string,
): SchemaFinding | undefined {
  const { instancePath } = error
  const { node, path } = location
  const at = (span: Span) => ({ file, span })
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty'])
      const split = diagnoseCommaSplit(node, key, file)
      if (split) return { diagnostic: split, instancePath }
      const allowed = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {})
      const suggestions = suggestClosest(key, allowed)
      const args = { key, path, allowed: allowed.join(' '), suggestion: suggestions[0] ?? '' }
      const diagnostic = createDiagnostic('schema/unknown-key', args, at(keySpan(node, key)), { suggestions })
      return { diagnostic, instancePath, suggestedKeys: suggestions }
    }
    case 'required':
    case 'dependencies': {
      const key = String(error.params['missingProperty'])
      // A dependency (`except` needs `each`) is shown at the key that needs the other.
      const span =
        error.keyword === 'dependencies' ? keySpan(node, String(error.params['property'])) : missingKeySpan(node)
      return {
        diagnostic: createDiagnostic('schema/missing-key', { keys: key, path }, at(span)),
        instancePath,
        missingKeys: [key],
      }
    }
    case 'oneOf':
    case 'anyOf':
      return diagnoseChoice(error, location, file)
    case 'propertyNames': {
      const key = String(error.params['propertyName'])
      const suggestion = suggestId(key)
      const args = { path: appendKeyToPath(path, key), found: key, suggestion }
      const extras = suggestion ? { suggestions: [suggestion] } : {}
      return { diagnostic: createDiagnostic('schema/invalid-id', args, at(keySpan(node, key)), extras), instancePath }
    }
    default:
      return undefined
  }
}

/** "Exactly one of" broken: none of the keys (missing) or several (conflicting). */
function diagnoseChoice(error: SchemaError, { node, path }: InstanceLocation, file: string): SchemaFinding {
  const keys = readBranchKeys(error)
  const passing = error.params['passingSchemas']
  if (!Array.isArray(passing)) {
    const diagnostic = createDiagnostic(
      'schema/missing-key',
      { keys: keys.join(' '), path },
      { file, span: missingKeySpan(node) },
    )
    return { diagnostic, instancePath: error.instancePath, missingKeys: keys }
  }
  const present = entriesOf(node).filter((pair) => keys.includes(pair.key))
  const [first, ...others] = present
  const last = others[others.length - 1] ?? first
  const args = { keys: present.map((pair) => pair.key).join(' '), allowed: keys.join(' '), path }
  const related =
    first && last !== first
      ? [
          relatedAt(
            { file, span: first.keySpan },
            { sv: `Här står \`${first.key}\`.`, en: `\`${first.key}\` is here.` },
          ),
        ]
      : []
  const diagnostic = createDiagnostic(
    'schema/conflicting-keys',
    args,
    { file, span: last?.keySpan ?? node.span },
    { related },
  )
  return { diagnostic, instancePath: error.instancePath }
}

/** A key that starts with digits, with no value: what is left of "2,5 mnkr" after a flow mapping's comma. */
const SPLIT_REST = /^\d+(?:[ \u00a0]\S.*)?$/u

/**
 * Recognises `{ amount: 2,5 mnkr }`: inside a flow mapping YAML ends the
 * value at the comma, so `amount` is 2 and `5 mnkr` an unknown key without
 * a value, right after it. Says so at both, instead of "key not allowed".
 */
function diagnoseCommaSplit(node: YamlNode, key: string, file: string): Diagnostic | undefined {
  if (node.type !== 'map' || !SPLIT_REST.test(key)) return undefined
  const index = node.entries.findIndex((pair) => pair.key === key)
  const pair = node.entries[index]
  const before = node.entries[index - 1]
  if (!pair || !before || pair.value.type !== 'scalar' || pair.value.value !== null) return undefined
  const value = before.value
  // Only a comma (and a space) between the whole number and the key: the flow mapping's separator.
  if (
    value.type !== 'scalar' ||
    value.style !== 'plain' ||
    !/^\d+$/u.test(value.source) ||
    pair.keySpan[0] - value.span[1] > 2
  )
    return undefined
  return createDiagnostic(
    'literal/comma-split-amount',
    { key: before.key, before: value.source, after: key },
    { file, span: [value.span[0], pair.keySpan[1]] },
  )
}

function entriesOf(node: YamlNode): readonly YamlPair[] {
  return node.type === 'map' ? node.entries : []
}

/** The span of `key` in mapping `node`, or the mapping's when the key is not there. */
function keySpan(node: YamlNode, key: string): Span {
  return (node.type === 'map' ? findEntry(node, key)?.keySpan : undefined) ?? node.span
}

/** A missing key is shown at the mapping's first key, the line a reader looks at for that mapping. */
function missingKeySpan(node: YamlNode): Span {
  return entriesOf(node)[0]?.keySpan ?? node.span
}
