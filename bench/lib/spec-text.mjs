/**
 * Writes whole kronor the Swedish way with a space every three digits:
 * 7000000n → "7 000 000".
 *
 * @param {bigint} kronor
 */
export function formatKronor(kronor) {
  return kronor.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

/**
 * Turns a Swedish name into an id of the spec language (a–z, digits, hyphens).
 *
 * @param {string} name
 */
export function slugify(name) {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * Wraps prose at `width` columns as the lines of a YAML block scalar, each
 * line indented by `indent` spaces; paragraphs are separated by an empty line.
 *
 * @param {readonly string[]} paragraphs
 * @param {number} indent
 * @param {number} [width]
 */
export function wrapBlock(paragraphs, indent, width = 78) {
  const pad = ' '.repeat(indent)
  const lines = []
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) lines.push('')
    let line = ''
    // A placeholder stays on one line, as in the hand-written examples.
    for (const word of paragraph.match(/\{\{.*?\}\}\S*|\S+/g) ?? []) {
      if (line !== '' && pad.length + line.length + 1 + word.length > width) {
        lines.push(pad + line)
        line = word
      } else {
        line = line === '' ? word : `${line} ${word}`
      }
    }
    if (line !== '') lines.push(pad + line)
  }
  return lines.join('\n')
}

/**
 * Rounds kronor down to a multiple of `step`.
 *
 * @param {bigint} kronor
 * @param {bigint} step
 */
export function roundDown(kronor, step) {
  return (kronor / step) * step
}
