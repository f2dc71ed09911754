import type { Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown, type Options } from 'mdast-util-to-markdown'

/**
 * The serializer's options, fixed so that the same tree always gives the same
 * bytes and the output matches what markdownlint expects by default: `-`
 * bullets, `*` emphasis, ATX headings, `---` rules, one space after a list
 * marker, numbered lists counting up, tables with aligned pipes.
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
  extensions: [gfmToMarkdown({ tableCellPadding: true, tablePipeAlign: true })],
}

/** The document's blocks as one mdast tree: what the Markdown is written from, and the studio's preview. */
export function markdownTree(children: readonly RootContent[]): Root {
  return { type: 'root', children: [...children] }
}

/**
 * Writes an mdast tree as Markdown: LF line endings and exactly one newline
 * at the end, whatever the platform.
 */
export function serializeMarkdown(tree: Root): string {
  return `${toMarkdown(tree, OPTIONS).replace(/\r\n?/g, '\n').trimEnd()}\n`
}
