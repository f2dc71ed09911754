/** A replacement of one span of a file's text. */
export interface TextEdit {
  /** Workspace path of the file. */
  readonly file: string
  /** UTF-16 offsets of the text replaced. */
  readonly span: readonly [start: number, end: number]
  readonly replacement: string
}

/**
 * The text with the edits made. Edits that overlap an earlier one (in span
 * order) are skipped, so two fixes can never garble each other; the edits
 * made are returned with the text.
 */
export function applyTextEdits(
  text: string,
  edits: readonly TextEdit[],
): { readonly text: string; readonly applied: readonly TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
  const applied: TextEdit[] = []
  for (const edit of sorted) {
    const previous = applied.at(-1)
    if (previous && edit.span[0] < previous.span[1]) continue
    applied.push(edit)
  }
  let result = text
  for (const edit of [...applied].reverse())
    result = result.slice(0, edit.span[0]) + edit.replacement + result.slice(edit.span[1])
  return { text: result, applied }
}
