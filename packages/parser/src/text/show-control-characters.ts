/**
 * Characters a terminal, a CI log or a reader's eye would act on rather
 * than show: C0 controls but tab (ESC starts a terminal sequence, BEL ends
 * one, CR and LF start a line that can hold a workflow command, NUL), DEL,
 * C1 controls (U+009B is a one-byte CSI), bidirectional overrides and
 * isolates (they reorder what is shown), zero-width characters, the line
 * and paragraph separators, and the byte order mark.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's job
const hidden = /[\0-\x08\n-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\0': '\\0' }

/**
 * User text (a key, a value, a file name, a line of a spec) as it may be
 * printed: every character in {@link hidden} visibly escaped (`\x1b`, `\n`,
 * `\u202e`), so nothing from a spec becomes a terminal sequence, a new line
 * or text that reads otherwise than it is. Everything else is unchanged.
 */
export function showControlCharacters(text: string): string {
  return text.replace(hidden, escapeCharacter)
}

/** How one character is shown: `\n`, `\x1b`, `\u202e`. */
export function escapeCharacter(char: string): string {
  const known = named[char]
  if (known !== undefined) return known
  const code = char.codePointAt(0) ?? 0
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Whether a character is one {@link showControlCharacters} escapes. */
export function isHiddenCharacter(char: string): boolean {
  return hiddenOne.test(char)
}

const hiddenOne = new RegExp(hidden.source, 'u')
