import type { Span } from './yaml-node.js'

/**
 * The span that marks where a document starts at `offset`: its `---` marker
 * if it has one, else an empty span at its first character.
 */
export function locateDocumentStart(text: string, offset: number): Span {
  return text.startsWith('---', offset) ? [offset, offset + 3] : [offset, offset]
}
