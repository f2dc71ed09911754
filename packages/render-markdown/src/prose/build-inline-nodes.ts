import type { PhrasingContent } from 'mdast'
import { emphasis, text } from '../mdast/build-mdast-nodes.js'
import { findProseLinks } from '@fordela/engine'
import type { ProsePiece } from './prose-piece.js'

/** One character of prose and whether it came from a computed value (then it has no markup meaning). */
interface Char {
  readonly char: string
  readonly literal: boolean
}

/** A web address in the author's text, without trailing punctuation. */
const URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'”’]/gu

/**
 * Turns the pieces of one paragraph or bullet into Markdown inline nodes.
 * The only markup is the author's `*emphasis*` (a `*` before a non-space up
 * to the next `*` after a non-space), `[text](https://…)` links and web
 * addresses, which become links so markdownlint does not see bare URLs; everything else, computed values
 * included, is a text node the serializer escapes. Runs of whitespace become
 * one space and the ends are trimmed.
 */
export function buildInlineNodes(pieces: readonly ProsePiece[]): PhrasingContent[] {
  const chars = trimChars(toChars(pieces))
  const nodes: PhrasingContent[] = []
  let start = 0
  for (let index = 0; index < chars.length; index++) {
    if (!opensEmphasis(chars, index)) continue
    const end = findClosing(chars, index + 1)
    if (end === undefined) continue
    nodes.push(...buildPlain(chars.slice(start, index)), emphasis(buildPlain(chars.slice(index + 1, end))))
    start = end + 1
    index = end
  }
  nodes.push(...buildPlain(chars.slice(start)))
  return nodes
}

function toChars(pieces: readonly ProsePiece[]): Char[] {
  const chars: Char[] = []
  for (const piece of pieces) {
    const literal = piece.kind === 'value'
    for (const char of piece.text.replace(/[ \t\n\r\f\v]+/g, ' ')) {
      // A space next to a space, from two pieces, is one space.
      if (char === ' ' && chars.at(-1)?.char === ' ') continue
      chars.push({ char, literal })
    }
  }
  return chars
}

function trimChars(chars: Char[]): Char[] {
  let from = 0
  let to = chars.length
  while (from < to && chars[from]?.char === ' ') from++
  while (to > from && chars[to - 1]?.char === ' ') to--
  return chars.slice(from, to)
}

function opensEmphasis(chars: readonly Char[], index: number): boolean {
  const mark = chars[index]
  const next = chars[index + 1]
  return mark?.char === '*' && !mark.literal && next !== undefined && next.char !== ' ' && next.char !== '*'
}

function findClosing(chars: readonly Char[], from: number): number | undefined {
  for (let index = from + 1; index < chars.length; index++) {
    const mark = chars[index]
    if (mark?.char === '*' && !mark.literal && chars[index - 1]?.char !== ' ') return index
  }
  return undefined
}

/** Text with the author's web addresses as links; a computed value never becomes a link. */
function buildPlain(chars: readonly Char[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let run = ''
  let runLiteral = false
  const flush = () => {
    if (run === '') return
    if (runLiteral) nodes.push(text(run))
    else nodes.push(...linkAddresses(run))
    run = ''
  }
  for (const { char, literal } of chars) {
    if (literal !== runLiteral) flush()
    runLiteral = literal
    run += char
  }
  flush()
  return mergeTexts(nodes)
}

/**
 * The author's `[text](https://…)` as a link node (the serializer escapes
 * its text and address); a link to anything but an http or https address
 * stays the text it is written as (the linter reports it,
 * `prose/unsafe-link`). Bare addresses between them become links too.
 */
function linkAddresses(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let last = 0
  for (const link of findProseLinks(value)) {
    if (link.unsafe) continue
    nodes.push(...linkBareAddresses(value.slice(last, link.start)))
    nodes.push({ type: 'link', url: link.target, children: [text(link.label.replace(/ +/gu, ' ').trim())] })
    last = link.end
  }
  nodes.push(...linkBareAddresses(value.slice(last)))
  return nodes
}

function linkBareAddresses(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(URL)) {
    const at = match.index
    if (at > last) nodes.push(text(value.slice(last, at)))
    nodes.push({ type: 'link', url: match[0], children: [text(match[0])] })
    last = at + match[0].length
  }
  if (last < value.length) nodes.push(text(value.slice(last)))
  return nodes
}

/** Adjacent text nodes as one, so the output does not depend on where pieces met. */
function mergeTexts(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const node of nodes) {
    const previous = merged.at(-1)
    if (node.type === 'text' && previous?.type === 'text') merged[merged.length - 1] = text(previous.value + node.value)
    else merged.push(node)
  }
  return merged
}
