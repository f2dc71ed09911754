import type { Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown'

/**
 * Letters and digits with single spaces (also no-break) between them: text
 * in which no character can start, end or escape any Markdown construct,
 * whatever stands before or after it, so it is written as it is.
 */
const PLAIN_TEXT = /^[\p{L}\p{N}]+(?:[ \u00a0][\p{L}\p{N}]+)*$/u

/**
 * Writes a text node, skipping the serializer's escaping for {@link PLAIN_TEXT}:
 * a memo's tables are mostly names and figures, and checking each cell against
 * every unsafe pattern was most of the time a group of 20 000 members took.
 */
const writeText: Handle = (node, parent, state, info) =>
  PLAIN_TEXT.test(node.value) ? node.value : defaultHandlers.text(node, parent, state, info)

/**
 * The serializer's options, fixed so that the same tree always gives the same
 * bytes and the output matches what markdownlint expects by default: `-`
 * bullets, `*` emphasis, ATX headings, `---` rules, one space after a list
 * marker, numbered lists counting up, tables with aligned pipes; and no
 * line starts with a colon.
 */
const OPTIONS: Options = {
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
  quote: '"',
  // A line that starts with "::" would be a GitHub workflow command when the
  // Markdown is printed in a CI log: a colon at the start of a line is written
  // "\:", which Markdown shows as ":".
  unsafe: [{ character: ':', atBreak: true }],
  handlers: { text: writeText },
  extensions: [gfmToMarkdown({ tableCellPadding: true, tablePipeAlign: true })],
}

/** Tables without padded cells, for long machine-made tables (a job summary) where aligned pipes would only add bytes. */
const COMPACT_OPTIONS: Options = {
  ...OPTIONS,
  extensions: [gfmToMarkdown({ tableCellPadding: true, tablePipeAlign: false })],
}

/** The document's blocks as one mdast tree: what the Markdown is written from, and the studio's preview. */
export function markdownTree(children: readonly RootContent[]): Root {
  return { type: 'root', children: [...children] }
}

/**
 * Writes an mdast tree as Markdown: LF line endings and exactly one newline
 * at the end, whatever the platform. With `compactTables`, table cells are
 * not padded to align their pipes.
 */
export function serializeMarkdown(tree: Root, options: { readonly compactTables?: boolean } = {}): string {
  return `${toMarkdown(tree, options.compactTables ? COMPACT_OPTIONS : OPTIONS)
    .replace(/\r\n?/g, '\n')
    .trimEnd()}\n`
}

/**
 * A rendered tree with its Markdown written on first read, not before:
 * the studio redraws its preview from the tree on every keystroke and
 * needs the Markdown only when the memo is downloaded.
 */
export function withMarkdown<T extends object>(
  tree: Root,
  rest: T,
): T & { readonly tree: Root; readonly markdown: string } {
  let markdown: string | undefined
  return {
    ...rest,
    tree,
    get markdown() {
      markdown ??= serializeMarkdown(tree)
      return markdown
    },
  }
}
