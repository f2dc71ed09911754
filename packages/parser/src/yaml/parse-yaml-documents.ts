import { Composer, Lexer, Parser, type CST, type Document } from 'yaml'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { YamlLimits } from './limits.js'
import { locateDocumentStart } from './locate-document-start.js'

/** The documents of a YAML text as the `yaml` package composes them. */
export interface ParsedYamlDocuments {
  /** The composed documents in order; the first is the file's first document. */
  readonly documents: Document.Parsed[]
  /** `syntax/too-deep` or `syntax/multiple-documents`, if reading stopped at one. */
  readonly diagnostics: Diagnostic[]
  /** Whether reading stopped at a limit before the end of the text. */
  readonly stopped: boolean
}

/**
 * YAML 1.2 core schema: `<<` is an ordinary key and only JSON-like scalars
 * resolve. Duplicate keys are found later in linear time (yaml's own check
 * is quadratic); integers are bigints so that 10^23 stays exact; keys are
 * parsed as strings, and a list or mapping as a key is an error.
 */
const composeOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  intAsBigInt: true,
  stringKeys: true,
  prettyErrors: false,
} as const

/**
 * Lexes, parses and composes `text` one token at a time, watching the
 * parser's stack so that a file nested deeper than `maxDepth`, or holding
 * more than `maxDocuments` documents, is refused as soon as the parser
 * reaches that point. The composer recurses per level, so it must never see
 * the deep document.
 */
export function parseYamlDocuments(text: string, file: string, limits: YamlLimits): ParsedYamlDocuments {
  const parser = new Parser()
  const composer = new Composer(composeOptions)
  const documents: Document.Parsed[] = []
  const diagnostics: Diagnostic[] = []
  let current: CST.Token | undefined
  let documentCount = 0
  let stopped = false
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) documents.push(...composer.next(token))
    const top = parser.stack[0]
    if (top?.type === 'document' && top !== current) {
      current = top
      documentCount += 1
      if (documentCount > limits.maxDocuments) {
        const span = locateDocumentStart(text, top.offset)
        diagnostics.push(createDiagnostic('syntax/multiple-documents', { limit: limits.maxDocuments }, { file, span }))
        stopped = true
        break
      }
    }
    const tooDeep =
      parser.stack.length > limits.maxDepth ? findCollectionPastDepth(parser.stack, limits.maxDepth) : undefined
    if (tooDeep) {
      diagnostics.push(
        createDiagnostic(
          'syntax/too-deep',
          { limit: limits.maxDepth },
          { file, span: [tooDeep.offset, tooDeep.offset + 1] },
        ),
      )
      stopped = true
      break
    }
  }
  if (!stopped) for (const token of parser.end()) documents.push(...composer.next(token))
  // Forcing a document when none was found keeps errors outside any document
  // and makes an empty text one empty document.
  documents.push(...composer.end(!stopped, text.length))
  return { documents, diagnostics, stopped }
}

/** The collection on the parser's stack that sits at nesting level `maxDepth + 1`, if any. */
function findCollectionPastDepth(stack: readonly CST.Token[], maxDepth: number): CST.Token | undefined {
  let depth = 0
  for (const token of stack) {
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      depth += 1
      if (depth > maxDepth) return token
    }
  }
  return undefined
}
