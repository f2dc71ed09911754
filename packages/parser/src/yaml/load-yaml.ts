import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { buildYamlTree } from './build-yaml-tree.js'
import { convertYamlError } from './convert-yaml-error.js'
import { locateDocumentStart } from './locate-document-start.js'
import { resolveYamlLimits, type YamlLimits } from './limits.js'
import { parseYamlDocuments } from './parse-yaml-documents.js'
import type { YamlNode } from './yaml-node.js'

/** A spec file's YAML tree and everything wrong with it as YAML. */
export interface LoadedYaml {
  /** The first document's tree; absent when the file is empty or was refused. */
  readonly root: YamlNode | undefined
  readonly diagnostics: Diagnostic[]
}

/**
 * Reads `text` (from `decodeSpecText`) as one YAML 1.2 document into a
 * positioned `YamlNode` tree. Never throws for any text: the `yaml` package's
 * errors become `yaml/…` diagnostics, and fordela's own `syntax/…` rules
 * refuse what a spec must not be (too deep, too many documents or aliases,
 * duplicate or prototype-reaching keys, empty, not a mapping). Where YAML
 * errors were found the tree is the library's best effort at recovery.
 * With `maxDocuments` above 1 the later documents are checked, but only the
 * first becomes the tree.
 *
 * @param text the file's text; spans are UTF-16 offsets into it
 * @param file the workspace-relative path diagnostics name
 * @param limits overrides of `defaultYamlLimits`
 */
export function loadYaml(text: string, file: string, limits: Partial<YamlLimits> = {}): LoadedYaml {
  const resolved = resolveYamlLimits(limits)
  try {
    return loadFirstDocument(text, file, resolved)
  } catch (error) {
    // The limits keep the composer's recursion shallow; should the stack
    // still overflow, the file is refused rather than the program crashing.
    if (!(error instanceof RangeError)) throw error
    return {
      root: undefined,
      diagnostics: [createDiagnostic('syntax/too-deep', { limit: resolved.maxDepth }, { file, span: [0, 0] })],
    }
  }
}

function loadFirstDocument(text: string, file: string, limits: YamlLimits): LoadedYaml {
  const { documents, diagnostics } = parseYamlDocuments(text, file, limits)
  for (const document of documents) {
    for (const error of [...document.errors, ...document.warnings])
      diagnostics.push(convertYamlError(error, file, text.length))
  }
  const first = documents[0]
  const contents = first?.contents ?? null
  let root: YamlNode | undefined
  if (first && contents === null) {
    // Nothing but comments, or nothing at all: the composer made no node.
    diagnostics.push(createDiagnostic('syntax/empty-document', {}, { file, span: [0, 0] }))
  } else if (first && contents && contents.range[0] === contents.range[1]) {
    // `---` alone composes to a zero-width null; point at the marker.
    diagnostics.push(
      createDiagnostic('syntax/empty-document', {}, { file, span: locateDocumentStart(text, first.range[0]) }),
    )
  } else if (contents) {
    const tree = buildYamlTree(contents, file, limits)
    root = tree.root
    diagnostics.push(...tree.diagnostics)
    if (root.type !== 'map') {
      const found = root.type === 'seq' ? 'list' : 'value'
      diagnostics.push(createDiagnostic('syntax/not-a-mapping', { found }, { file, span: root.span }))
    }
  }
  return { root, diagnostics: sortByPosition(diagnostics) }
}

/** Orders diagnostics as they appear in the file; the sort is stable for ties. */
function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
}
