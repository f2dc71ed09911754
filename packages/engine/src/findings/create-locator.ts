import { createLineIndex, type LineIndex } from '@fordela/parser'
import type { Region } from './reported-finding.js'

/** Turns a file's offsets into 1-based lines and UTF-16 columns. */
export type Locator = (file: string, span: readonly [number, number]) => Region

/**
 * A locator over the workspace texts that indexes each file once. A span
 * that ends just after a line break ends, for display, at the end of the
 * line before, so no report points at an empty next line. A file without
 * text (it could not be read) places everything at 1:1.
 */
export function createLocator(texts: ReadonlyMap<string, string>): Locator {
  const indexes = new Map<string, LineIndex | undefined>()
  const indexOf = (file: string): LineIndex | undefined => {
    if (!indexes.has(file)) {
      const text = texts.get(file)
      indexes.set(file, text === undefined ? undefined : createLineIndex(text))
    }
    return indexes.get(file)
  }
  return (file, [startOffset, endOffset]) => {
    const index = indexOf(file)
    if (!index) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
    const start = index.locate(startOffset)
    let end = index.locate(Math.max(startOffset, endOffset))
    if (end.column === 1 && end.line > start.line) {
      end = { line: end.line - 1, column: index.lineText(end.line - 1).length + 1 }
    }
    return { start, end }
  }
}
