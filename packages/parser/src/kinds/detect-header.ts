import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestClosest } from '../diagnostics/did-you-mean.js'
import type { DocumentKind } from '../model/documents.js'
import type { YamlMap, YamlNode } from '../yaml/yaml-node.js'

/** The document kinds of fördelningsspec v1, in the order the docs list them. */
export const documentKinds: readonly DocumentKind[] = [
  'Agreement',
  'Allocation',
  'Parties',
  'Dataset',
  'Strategy',
  'ActionPlan',
]

/** The one language version this parser reads. */
export const supportedApiVersion = 'fordela/v1'

/** The kind a header names, or the diagnostics that say why it names none. */
export type HeaderCheck =
  | { readonly kind: DocumentKind; readonly diagnostics: [] }
  | { readonly kind?: undefined; readonly diagnostics: Diagnostic[] }

/**
 * Reads `apiVersion` and `kind` from a document's top-level mapping, the
 * two keys that pick the schema everything else is checked against:
 * `schema/missing-header` when either is absent (at the first key),
 * `schema/unsupported-api-version` for anything but `fordela/v1` and
 * `schema/unknown-kind`, with the closest kind as suggestion, at the value.
 */
export function detectHeader(root: YamlMap, file: string): HeaderCheck {
  const apiVersion = root.entries.find((pair) => pair.key === 'apiVersion')?.value
  const kind = root.entries.find((pair) => pair.key === 'kind')?.value
  if (!apiVersion || !kind) {
    const keys = [apiVersion ? '' : 'apiVersion', kind ? '' : 'kind'].filter(Boolean).join(' ')
    const span = root.entries[0]?.keySpan ?? root.span
    return { diagnostics: [createDiagnostic('schema/missing-header', { keys }, { file, span })] }
  }
  const diagnostics: Diagnostic[] = []
  if (scalarText(apiVersion) !== supportedApiVersion) {
    diagnostics.push(
      createDiagnostic(
        'schema/unsupported-api-version',
        { found: writtenAs(apiVersion) },
        { file, span: apiVersion.span },
      ),
    )
  }
  const named = documentKinds.find((candidate) => candidate === scalarText(kind))
  if (!named) {
    const found = writtenAs(kind)
    const suggestions = suggestClosest(found, documentKinds)
    const args = { found, suggestion: suggestions[0] ?? '' }
    diagnostics.push(createDiagnostic('schema/unknown-kind', args, { file, span: kind.span }, { suggestions }))
  }
  return named && diagnostics.length === 0 ? { kind: named, diagnostics: [] } : { diagnostics }
}

function scalarText(node: YamlNode): string | undefined {
  return node.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined
}

function writtenAs(node: YamlNode): string {
  return node.type === 'scalar' ? node.source : node.type === 'map' ? '{…}' : '[…]'
}
