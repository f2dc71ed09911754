import type { DocumentHeader, DocumentKind } from '../model/documents.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import { compact, type BuildContext } from './build-context.js'
import { rangeOf, readText, requireText } from './read-fields.js'

/** The header fields every kind has; `kind` is the one the header check found. */
export function readHeader<K extends DocumentKind>(
  root: YamlMap,
  kind: K,
  context: BuildContext,
): DocumentHeader & { readonly kind: K } {
  return {
    kind,
    apiVersion: 'fordela/v1',
    id: requireText(root, 'id', context),
    title: requireText(root, 'title', context),
    ...compact({ description: readText(root, 'description', context) }),
    file: context.file,
    at: rangeOf(root, context),
  }
}
