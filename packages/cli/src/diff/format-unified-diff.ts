import { showControlCharacters, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { diffLines, type LineEdit } from './diff-lines.js'

/** How a unified diff is labelled and cut. */
export interface UnifiedDiffOptions {
  /** The `---` label: the old text's file. */
  readonly oldName: string
  /** The `+++` label: the new text's file. */
  readonly newName: string
  /** Unchanged lines shown around each change. */
  readonly context?: number
  /** At most this many lines after the labels; a last line says how many more there were. */
  readonly maxLines?: number
  /** The language of the line saying how many more there were (Swedish unless given). */
  readonly lang?: Language
}

/**
 * The difference between two texts in unified diff format (`--- old`,
 * `+++ new`, `@@ -a,b +c,d @@` hunks with three lines of context), as
 * `diff -u` and `git diff` write it, or '' when the texts are equal. A text
 * without a final newline gets git's "\ No newline at end of file".
 */
export function formatUnifiedDiff(oldText: string, newText: string, options: UnifiedDiffOptions): string {
  if (oldText === newText) return ''
  const edits = diffLines(splitLines(oldText), splitLines(newText))
  const lines = listHunks(edits, options.context ?? 3).flatMap((hunk) => formatHunk(edits, hunk))
  const max = options.maxLines ?? Number.POSITIVE_INFINITY
  const shown =
    lines.length > max
      ? [...lines.slice(0, max), say(options.lang ?? 'sv', messages.cli.moreLines, { count: lines.length - max })]
      : lines
  return `--- ${options.oldName}\n+++ ${options.newName}\n${shown.join('\n')}\n`
}

/** The lines of a text; a last line without a newline is marked so the diff can say so. */
function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  else lines[lines.length - 1] = `${lines.at(-1)}\n\\ No newline at end of file`
  return lines
}

interface Hunk {
  readonly from: number
  readonly to: number
}

/** Ranges of the edit script around each change, merged where their context touches. */
function listHunks(edits: readonly LineEdit[], context: number): Hunk[] {
  const hunks: { from: number; to: number }[] = []
  edits.forEach((edit, index) => {
    if (edit.type === 'keep') return
    const from = Math.max(0, index - context)
    const to = Math.min(edits.length, index + context + 1)
    const last = hunks.at(-1)
    if (last && from <= last.to) last.to = Math.max(last.to, to)
    else hunks.push({ from, to })
  })
  return hunks
}

/** `@@ -a,b +c,d @@` and the hunk's lines. */
function formatHunk(edits: readonly LineEdit[], hunk: Hunk): string[] {
  let oldLine = 1
  let newLine = 1
  for (const edit of edits.slice(0, hunk.from)) {
    if (edit.type !== 'add') oldLine += 1
    if (edit.type !== 'remove') newLine += 1
  }
  const part = edits.slice(hunk.from, hunk.to)
  const oldCount = part.filter((edit) => edit.type !== 'add').length
  const newCount = part.filter((edit) => edit.type !== 'remove').length
  const range = (start: number, count: number) => `${count === 0 ? start - 1 : start},${count}`
  const marks = { keep: ' ', remove: '-', add: '+' } as const
  return [
    `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`,
    ...part.map((edit) => `${marks[edit.type]}${showLine(edit.text)}`),
  ]
}

/**
 * A line as printed: control characters (ESC, BEL, CR) of a committed file
 * escaped, never sent to the terminal; the only line break in it is the one
 * before "\ No newline at end of file", which stays.
 */
function showLine(text: string): string {
  return text.split('\n').map(showControlCharacters).join('\n')
}
