import { createLineIndex, escapeCharacter, isHiddenCharacter, type LineIndex } from '@fordela/parser'
import type { Region } from '../report/lint-report.js'

/** Colours a code frame uses; identity functions give plain text. */
export interface FramePaint {
  readonly gutter: (text: string) => string
  readonly marker: (text: string) => string
}

/** Longest stretch of a multi-line span that is shown; the rest is elided. */
const maxFrameLines = 3

/** At most this many UTF-16 units of a line are shown; a longer line is shown as a window around the span, with "…". */
export const maxFrameWidth = 120

/** How much of the line before the span a window keeps. */
const contextBefore = 40

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
 * A line longer than {@link maxFrameWidth} is shown as a window around the
 * span with "…" at the cut ends, so a finding costs the same on a 600 KB
 * line as on a short one. Control characters (ESC, BEL, NUL, CR …) are shown
 * escaped (`\x1b`), and the carets count their escaped width.
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
    const shown = frameLine(source, from, Math.max(to, from))
    frame.push(`${paint.gutter(`${String(line).padStart(width)} |`)} ${shown.text}`.trimEnd())
    frame.push(`${paint.gutter(`${' '.repeat(width)} |`)} ${shown.pad}${paint.marker(shown.carets)}`)
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

/** The part of `source` shown (escaped, "…" where cut), the blank prefix (tabs kept) and the carets under `source[from, to)`. */
function frameLine(source: string, from: number, to: number): { text: string; pad: string; carets: string } {
  let start = 0
  let end = source.length
  if (source.length > maxFrameWidth) {
    start = Math.max(0, Math.min(from - contextBefore, source.length - maxFrameWidth))
    end = start + maxFrameWidth
    // Never cut a character outside the BMP in half.
    if (start > 0 && isLowSurrogate(source.charCodeAt(start))) start += 1
    if (end < source.length && isLowSurrogate(source.charCodeAt(end))) end -= 1
  }
  const before = start > 0 ? '…' : ''
  const after = end < source.length ? '…' : ''
  const clamp = (offset: number) => Math.min(Math.max(offset, start), end)
  const pad =
    (before ? ' ' : '') +
    Array.from(source.slice(start, clamp(from)), (char) => (char === '\t' ? '\t' : ' '.repeat(shownWidth(char)))).join(
      '',
    )
  const marked = Array.from(source.slice(clamp(from), clamp(to)), shownWidth).reduce((sum, count) => sum + count, 0)
  const text =
    before +
    Array.from(source.slice(start, end), (char) => (isHiddenCharacter(char) ? escapeCharacter(char) : char)).join('') +
    after
  return { text, pad, carets: '^'.repeat(Math.max(1, marked)) }
}

/** How many columns a character takes once shown: its escape's length for a control character, else one. */
function shownWidth(char: string): number {
  return isHiddenCharacter(char) ? escapeCharacter(char).length : 1
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Where a line's text starts after its indentation. */
function indentOf(source: string): number {
  return /^\s*/u.exec(source)?.[0].length ?? 0
}
