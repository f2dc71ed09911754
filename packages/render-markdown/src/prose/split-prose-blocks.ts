import type { ProseBlock, ProsePiece } from './prose-piece.js'

type Line = ProsePiece[]

/** A line that starts a bullet: optional indentation, `-`, a space. */
const BULLET = /^[ \t]*- /

/**
 * Cuts prose into blocks the way the spec language defines them: a blank
 * line ends a block; a line that starts with `- ` starts a bullet, and the
 * indented lines after it continue that bullet; any other line continues
 * the paragraph (or, after a bullet, starts a new paragraph). Lines of one
 * block are joined with a space. Only the author's text can start a bullet
 * or a block, never a computed value.
 */
export function splitProseBlocks(pieces: readonly ProsePiece[]): ProseBlock[] {
  const blocks: ProseBlock[] = []
  let paragraph: ProsePiece[] | undefined
  let items: ProsePiece[][] | undefined
  const close = () => {
    if (paragraph) blocks.push({ type: 'paragraph', pieces: paragraph })
    if (items) blocks.push({ type: 'list', items })
    paragraph = undefined
    items = undefined
  }
  for (const line of splitLines(pieces)) {
    if (isBlank(line)) {
      close()
      continue
    }
    const first = line[0]
    if (first?.kind === 'text' && BULLET.test(first.text)) {
      if (!items) close()
      items ??= []
      items.push([{ kind: 'text', text: first.text.replace(BULLET, '') }, ...line.slice(1)])
      continue
    }
    const lastItem = items?.at(-1)
    if (lastItem && first?.kind === 'text' && /^[ \t]/.test(first.text)) {
      lastItem.push({ kind: 'text', text: ' ' }, ...line)
      continue
    }
    if (items) close()
    if (paragraph) paragraph.push({ kind: 'text', text: ' ' }, ...line)
    else paragraph = [...line]
  }
  close()
  return blocks
}

/** The pieces line by line; a value never holds a line break of the author's. */
function splitLines(pieces: readonly ProsePiece[]): Line[] {
  const lines: Line[] = [[]]
  for (const piece of pieces) {
    if (piece.kind === 'value') {
      lines.at(-1)?.push(piece)
      continue
    }
    piece.text.split(/\r\n|\r|\n/).forEach((part, index) => {
      if (index > 0) lines.push([])
      if (part !== '') lines.at(-1)?.push({ kind: 'text', text: part })
    })
  }
  return lines
}

function isBlank(line: Line): boolean {
  return line.every((piece) => piece.kind === 'text' && piece.text.trim() === '')
}
