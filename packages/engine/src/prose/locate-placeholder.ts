import type { Prose, SourceRange } from '@fordela/parser'

/** Turns a range of offsets in a prose *value* into a range of its file. */
export type LocateInProse = (start: number, end: number) => SourceRange

/**
 * Finds where the placeholder at `[start, end)` of `prose.value` is written in
 * the file, so findings point at the placeholder (or a part of it) instead of
 * the whole scalar.
 *
 * A prose value is the YAML scalar's *value*: a block scalar has lost its
 * indentation, a folded one its line breaks, a quoted one its escapes. Every
 * `{{` of the value is also a `{{` of the scalar's source, in the same order,
 * so the `ordinal`-th `{{` of the source inside `prose.at.span` is where the
 * placeholder starts. From there the value and the source are walked side by
 * side: runs of whitespace match runs of whitespace (folding and indentation),
 * `"` matches `\"` and `'` matches `''` (quoted styles); anything else must
 * be equal. When the file text is unknown or the walk fails, every range
 * falls back to the whole scalar.
 *
 * @param ordinal how many `{{` of the value come before this placeholder.
 */
export function locatePlaceholder(
  prose: Prose,
  fileText: string | undefined,
  ordinal: number,
  start: number,
  end: number,
): LocateInProse {
  const offsets = fileText === undefined ? undefined : alignWithSource(prose, fileText, ordinal, start, end)
  const file = prose.at.file
  if (!offsets) return () => prose.at
  return (from, to) => ({
    file,
    span: [offsets[from - start] ?? prose.at.span[0], offsets[to - start] ?? prose.at.span[1]],
  })
}

/** File offset of each value offset in `[start, end]`, or undefined when the two do not line up. */
function alignWithSource(
  prose: Prose,
  fileText: string,
  ordinal: number,
  start: number,
  end: number,
): number[] | undefined {
  const spanEnd = prose.at.span[1]
  let file = listOpenings(prose, fileText)[ordinal]
  if (file === undefined) return undefined
  const value = prose.value
  const offsets: number[] = []
  let index = start
  while (index < end) {
    const char = value[index] ?? ''
    if (isSpace(char)) {
      if (!isSpace(fileText[file] ?? '')) return undefined
      const runStart = file
      while (index < end && isSpace(value[index] ?? '')) {
        offsets.push(runStart)
        index++
      }
      while (file < spanEnd && isSpace(fileText[file] ?? '')) file++
      continue
    }
    if (file >= spanEnd) return undefined
    const source = fileText[file]
    offsets.push(file)
    if (char === '"' && source === '\\' && fileText[file + 1] === '"') file += 2
    else if (char === "'" && source === "'" && fileText[file + 1] === "'" && value[index + 1] !== "'") file += 2
    else if (char === source) file += 1
    else return undefined
    index++
  }
  offsets.push(file)
  return offsets
}

const openingsByProse = new WeakMap<Prose, { readonly text: string; readonly openings: readonly number[] }>()

/**
 * File offsets of the non-overlapping `{{` within the prose's source, found
 * once per prose: looking for the n-th anew for each placeholder made a
 * text with many placeholders quadratic.
 */
function listOpenings(prose: Prose, text: string): readonly number[] {
  const cached = openingsByProse.get(prose)
  if (cached?.text === text) return cached.openings
  const [from, to] = prose.at.span
  const openings: number[] = []
  for (let at = text.indexOf('{{', from); at !== -1 && at + 2 <= to; at = text.indexOf('{{', at + 2)) openings.push(at)
  openingsByProse.set(prose, { text, openings })
  return openings
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r'
}
