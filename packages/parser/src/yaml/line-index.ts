/** A 1-based line and column; the column counts UTF-16 code units, as SARIF does by default. */
export interface LineColumn {
  readonly line: number
  readonly column: number
}

/** Turns offsets into a text into lines and columns, and back to the text of a line. */
export interface LineIndex {
  /** The line and column of `offset`; offsets past the end clamp to the end of the text. */
  locate(offset: number): LineColumn
  /** The text of 1-based `line` without its line break; '' for a line that does not exist. */
  lineText(line: number): string
  /** How many lines the text has; a text ending in a line break has an empty last line. */
  readonly lineCount: number
}

/**
 * Indexes where each line of `text` starts, so that `locate` is a binary
 * search. Line breaks are `\n`, `\r\n` and a lone `\r`, the ones YAML knows.
 */
export function createLineIndex(text: string): LineIndex {
  const starts = findLineStarts(text)
  return {
    locate(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length))
      const index = findLineContaining(starts, clamped)
      return { line: index + 1, column: clamped - (starts[index] ?? 0) + 1 }
    },
    lineText(line) {
      const start = starts[line - 1]
      if (start === undefined) return ''
      let end = starts[line] ?? text.length
      // Drop the line break by looking at the last two units: a regular expression would scan a 600 KB line each time.
      if (end > start && text.charCodeAt(end - 1) === 0x0a) end--
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--
      return text.slice(start, end)
    },
    lineCount: starts.length,
  }
}

/** The offset at which every line starts; the first line starts at 0. */
function findLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 0x0a) starts.push(i + 1)
    else if (char === 0x0d) {
      // `\r\n` is one break: the line starts after the `\n`.
      if (text.charCodeAt(i + 1) === 0x0a) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** The index of the last line start at or before `offset`. */
function findLineContaining(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low
}
