import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { YamlNode } from '../yaml/yaml-node.js'

/** Characters that reorder how text is shown: embeddings, overrides, isolates and direction marks. */
const bidiControl = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** Characters that take no room: zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/u

/** The values whose text is an id or a name a reader compares by eye. */
const nameKeys = new Set(['id', 'name', 'short', 'title'])

/** A word: a run of letters and the marks that belong to them. */
const word = /[\p{L}\p{M}]+/gu

/** The scripts whose letters pass for Latin ones (а, е, о, р, с in Cyrillic; ο, α in Greek). */
const lookalikeScripts = [
  { name: 'cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'greek', pattern: /\p{Script=Greek}/u },
] as const

const latin = /\p{Script=Latin}/u

/** Text that needs no closer look: printable ASCII, no-break space and the Latin letters U+00C0–U+024F. */
const plainLatin = /^[\x20-\x7e\u00a0\u00c0-\u024f]*$/u

/**
 * `syntax/deceptive-character`: text that reads otherwise than it is.
 * A bidirectional control anywhere in the file (a comment or a value can
 * show its characters in another order, "Trojan Source"), and in ids, names,
 * short names, titles and keys an invisible character or a word that mixes
 * Latin letters with Cyrillic or Greek look-alikes. Each finding points at
 * the character itself; one written as an escape (`"\u202e"`) is found in
 * the value and pointed at from the value's start.
 */
export function findDeceptiveCharacters(root: YamlNode | undefined, text: string, file: string): Diagnostic[] {
  const found = new Map<number, Diagnostic>()
  const report = (
    offset: number,
    length: number,
    kind: 'bidi' | 'invisible' | 'mixed-script',
    character: string,
    shownWord = '',
  ) => {
    if (found.has(offset)) return
    const script: 'cyrillic' | 'greek' | '' =
      lookalikeScripts.find((candidate) => candidate.pattern.test(character))?.name ?? ''
    const args = { kind, code: codePointOf(character), script, letter: script ? character : '', word: shownWord }
    found.set(offset, createDiagnostic('syntax/deceptive-character', args, { file, span: [offset, offset + length] }))
  }
  for (const match of text.matchAll(bidiControl)) report(match.index, match[0].length, 'bidi', match[0])
  const checkName = (value: string, start: number, end: number) => {
    // Printable ASCII and Latin letters (å, ä, ö, é …) hold none of the characters looked for: most names.
    if (plainLatin.test(value)) return
    const written = text.slice(start, end)
    const at = (char: string) => {
      const index = written.indexOf(char)
      return index < 0 ? start : start + index
    }
    for (const char of value.match(bidiControl) ?? []) report(at(char), char.length, 'bidi', char)
    const hidden = invisible.exec(value)
    if (hidden) report(at(hidden[0]), hidden[0].length, 'invisible', hidden[0])
    for (const letters of value.matchAll(word)) {
      const odd = findLookalike(letters[0])
      if (odd === undefined) continue
      const index = written.indexOf(letters[0])
      report(index < 0 ? start : start + index + odd.index, odd.char.length, 'mixed-script', odd.char, letters[0])
    }
  }
  const walk = (node: YamlNode) => {
    if (node.type === 'seq') for (const item of node.items) walk(item)
    if (node.type !== 'map') return
    for (const pair of node.entries) {
      checkName(pair.key, pair.keySpan[0], pair.keySpan[1])
      const value = pair.value
      if (nameKeys.has(pair.key) && value.type === 'scalar' && typeof value.value === 'string')
        checkName(value.value, value.span[0], value.span[1])
      walk(value)
    }
  }
  if (root) walk(root)
  return [...found.values()].sort((a, b) => a.span[0] - b.span[0])
}

/** In a word with Latin letters, the first letter of a look-alike script, with its index in the word. */
function findLookalike(letters: string): { char: string; index: number } | undefined {
  if (!latin.test(letters)) return undefined
  let index = 0
  for (const char of letters) {
    if (lookalikeScripts.some((script) => script.pattern.test(char))) return { char, index }
    index += char.length
  }
  return undefined
}

/** A character's code point as `U+202E`. */
function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
