import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { ExpectedValue } from '../diagnostics/catalog/schema.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Span, YamlNode } from '../yaml/yaml-node.js'
import type { InstanceLocation } from './locate-instance-path.js'
import type { SchemaError } from './schema-error.js'
import { suggestId } from './suggest-id.js'

/** The patterns of schemas/common.schema.json, by what a value that fails them is. */
const patterns: Readonly<Record<string, 'id' | 'empty' | ExpectedValue>> = {
  '^[a-z0-9][a-z0-9-]*$': 'id',
  '\\S': 'empty',
  '^\\d{4}-\\d{2}-\\d{2}$': 'date',
  '^[0-9a-f]{64}$': 'sha256',
  '^(?:\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+|\\d+)(?:[,.]\\d+)?$|^\\.\\.?$': 'weight',
}

/** Whether the diagnostics know what a failed `pattern` means (a test holds every schema pattern to this). */
export function isKnownPattern(pattern: string): boolean {
  return pattern in patterns
}

/**
 * Turns an error about one value (`type`, `enum`, `const`, `minimum`,
 * `maximum`, `pattern`) into a diagnostic on that value. Returns undefined for other keywords.
 */
export function diagnoseValueError(
  error: SchemaError,
  location: InstanceLocation,
  file: string,
): Diagnostic | undefined {
  const { path, node } = location
  const at = { file, span: valueSpan(location) }
  const found = describeFound(node)
  switch (error.keyword) {
    case 'type': {
      const expected = error.params['type']
      const args = {
        path,
        expected: Array.isArray(expected) ? expected.join(',') : String(expected),
        found: jsonTypeOf(node),
      }
      return createDiagnostic('schema/wrong-type', args, at)
    }
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map(showAllowed).join(' ')
      return createDiagnostic('schema/invalid-value', { path, found, expected: 'one-of', allowed }, at)
    }
    case 'const':
      return createDiagnostic(
        'schema/invalid-value',
        { path, found, expected: 'constant', allowed: String(error.params['allowedValue']) },
        at,
      )
    case 'minimum':
    case 'maximum':
      return createDiagnostic(
        'schema/invalid-value',
        { path, found, expected: error.keyword, allowed: String(error.params['limit']) },
        at,
      )
    case 'pattern':
      return diagnosePattern(String(error.params['pattern']), location, file)
    default:
      return undefined
  }
}

function diagnosePattern(pattern: string, location: InstanceLocation, file: string): Diagnostic {
  const { path, node } = location
  const at = { file, span: valueSpan(location) }
  const found = describeFound(node)
  const meaning = patterns[pattern]
  if (meaning === 'id') {
    const suggestion = suggestId(found)
    return createDiagnostic(
      'schema/invalid-id',
      { path, found, suggestion },
      at,
      suggestion ? { suggestions: [suggestion] } : {},
    )
  }
  if (meaning === 'empty') return createDiagnostic('schema/empty-value', { path }, at)
  return createDiagnostic('schema/invalid-value', { path, found, expected: meaning ?? 'pattern', allowed: pattern }, at)
}

/** The value's own span; an empty value (`title:` and nothing) is shown at its key instead. */
function valueSpan({ node, pair }: InstanceLocation): Span {
  return node.span[0] === node.span[1] && pair ? pair.keySpan : node.span
}

/** The value as written, for messages. */
function describeFound(node: YamlNode): string {
  return node.type === 'scalar' ? node.source : node.type === 'map' ? '{…}' : '[…]'
}

/** An allowed value in a list of words: plain words as they are, others (`;`, a tab) as JSON strings. */
function showAllowed(value: unknown): string {
  const text = String(value)
  return /^[\w-]+$/.test(text) ? text : JSON.stringify(text)
}

/** The JSON type a YAML node becomes, as ajv names types. */
function jsonTypeOf(node: YamlNode): string {
  if (node.type === 'map') return 'object'
  if (node.type === 'seq') return 'array'
  const { value } = node
  if (value === null) return 'null'
  if (typeof value === 'bigint') return 'integer'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}
