import { createLineIndex, type LineIndex } from '@fordela/parser'
import type { Region } from '../report/lint-report.js'

/** Colours a code frame uses; identity functions give plain text. */
export interface FramePaint {
  readonly gutter: (text: string) => string
  readonly marker: (text: string) => string
}

/** Longest stretch of a multi-line span that is shown; the rest is elided. */
const maxFrameLines = 3

/**
 * The offending line(s) of `text` with their line numbers and `^^^` under the
 * span, as in `eemeli/yaml`'s error frames:
 *
 * ```
 * 12 |     amount: 1 000 000
 *    |             ^^^^^^^^^
 * ```
 *
 * Columns are UTF-16 offsets; carets are counted per character (code point)
 * and a tab in front of the span is kept, so the marks line up in a terminal.
 */
export function renderCodeFrame(text: string, region: Region, paint: FramePaint): string[] {
  const lines = indexLines(text)
  const first = region.start.line
  const last = Math.min(region.end.line, lines.lineCount)
  const shownLast = Math.min(last, first + maxFrameLines - 1)
  const width = String(shownLast).length
  const frame: string[] = []
  for (let line = first; line <= shownLast; line += 1) {
    const source = lines.lineText(line)
    const from = line === first ? region.start.column - 1 : indentOf(source)
    const to = line === region.end.line ? region.end.column - 1 : source.length
    // A span that ends at the indentation of its last line marks nothing there.
    if (line > first && to <= from) continue
    frame.push(`${paint.gutter(`${String(line).padStart(width)} |`)} ${source}`.trimEnd())
    const marks = markUnder(source, from, Math.max(to, from))
    frame.push(`${paint.gutter(`${' '.repeat(width)} |`)} ${marks.pad}${paint.marker(marks.carets)}`)
  }
  if (shownLast < last) frame.push(`${paint.gutter(`${' '.repeat(width)} |`)} …`)
  return frame
}

/** The text last framed and its line index: a report frames one file's findings one after another. */
let lastIndexed: { readonly text: string; readonly index: LineIndex } | undefined

/**
 * The line index of `text`, built once per file rather than per finding:
 * splitting the whole file for each of its findings made a report with many
 * findings in one file quadratic (issue 7).
 */
function indexLines(text: string): LineIndex {
  if (lastIndexed?.text !== text) lastIndexed = { text, index: createLineIndex(text) }
  return lastIndexed.index
}

/** The blank prefix (tabs kept) and the carets under `source[from, to)`; at least one caret. */
function markUnder(source: string, from: number, to: number): { pad: string; carets: string } {
  const pad = Array.from(source.slice(0, from), (char) => (char === '\t' ? '\t' : ' ')).join('')
  const length = Array.from(source.slice(from, to)).length
  return { pad, carets: '^'.repeat(Math.max(1, length)) }
}

/** Where a line's text starts after its indentation. */
function indentOf(source: string): number {
  return source.length - source.trimStart().length
}
