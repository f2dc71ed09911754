import type { BlockContent } from 'mdast'
import type { Diagnostic, Prose } from '@fordela/parser'
import { parseProse, resolvePlaceholder, type AllocationEvaluation } from '@fordela/engine'
import { list, listItem, paragraph } from '../mdast/build-mdast-nodes.js'
import { buildInlineNodes } from './build-inline-nodes.js'
import type { ProseBlock, ProsePiece } from './prose-piece.js'
import { renderPlaceholderText } from './render-placeholder-text.js'
import { splitProseBlocks } from './split-prose-blocks.js'

/** Prose as Markdown blocks, and the findings about its placeholders. */
export interface RenderedProse {
  readonly blocks: BlockContent[]
  readonly diagnostics: Diagnostic[]
}

/** What placeholders in allocation prose are computed from. */
export interface PlaceholderSource {
  readonly evaluation: AllocationEvaluation
  /** File texts by workspace path, so findings point at the placeholder itself. */
  readonly texts: ReadonlyMap<string, string>
}

/**
 * Renders a prose field: paragraphs split on blank lines, `- ` lines as
 * bullet lists, `*emphasis*`, and everything else literal text that the
 * serializer escapes, so prose can never inject HTML, a heading, a table or a
 * list the author did not write as one.
 *
 * With `placeholders`, each `{{ … }}` is replaced by its computed value (see
 * {@link renderPlaceholderText}); one that cannot be read or names nothing is
 * shown as written and its finding — the engine's `prose/invalid-placeholder`
 * or `prose/unknown-placeholder` — is returned. Without, prose is all text
 * (documents other than allocations have no placeholders).
 */
export function renderProse(prose: Prose, placeholders?: PlaceholderSource): RenderedProse {
  const { pieces, diagnostics } = placeholders
    ? resolvePieces(prose, placeholders)
    : { pieces: [textPiece(prose.value)], diagnostics: [] }
  return { blocks: splitProseBlocks(pieces).flatMap(buildBlock), diagnostics }
}

function resolvePieces(
  prose: Prose,
  { evaluation, texts }: PlaceholderSource,
): { pieces: ProsePiece[]; diagnostics: Diagnostic[] } {
  const parsed = parseProse(prose, texts.get(prose.at.file))
  const diagnostics = [...parsed.diagnostics]
  const pieces = parsed.segments.map((segment): ProsePiece => {
    if (segment.type === 'text') return textPiece(segment.text)
    const resolved = resolvePlaceholder(segment.expr, evaluation)
    diagnostics.push(...resolved.diagnostics)
    // Without a value the placeholder stays as written, visibly, beside its finding; a claim that only
    // could not be checked (no previous year: an information finding) is printed as its author wrote it.
    const unchecked =
      segment.says !== undefined &&
      resolved.diagnostics.length > 0 &&
      resolved.diagnostics.every((d) => d.severity === 'info')
    const text = resolved.value
      ? renderPlaceholderText(segment, resolved.value)
      : unchecked
        ? (segment.says ?? '')
        : segment.source
    return { kind: 'value', text }
  })
  return { pieces, diagnostics }
}

function textPiece(text: string): ProsePiece {
  return { kind: 'text', text }
}

function buildBlock(block: ProseBlock): BlockContent[] {
  if (block.type === 'paragraph') {
    const children = buildInlineNodes(block.pieces)
    return children.length > 0 ? [paragraph(children)] : []
  }
  const items = block.items.map(buildInlineNodes).filter((children) => children.length > 0)
  return items.length > 0 ? [list(items.map((children) => listItem([paragraph(children)])))] : []
}
