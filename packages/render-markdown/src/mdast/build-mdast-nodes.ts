import type {
  BlockContent,
  Blockquote,
  Emphasis,
  Heading,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
  ThematicBreak,
} from 'mdast'
import { showControlCharacters } from '@fordela/parser'

/** Inline content given as a plain string (one text node) or as ready nodes. */
export type Inline = string | readonly PhrasingContent[]

/** Runs of ASCII whitespace; the no-break space is kept, it is part of Swedish figures. */
const WHITESPACE = /[ \t\n\r\f\v]+/g

/**
 * A text node. Its value is literal: the serializer escapes whatever in it
 * would otherwise be read as Markdown or HTML, which is what keeps text from a
 * spec inert. Line breaks and tabs become single spaces, so a value can never
 * end a table row or a heading early, and other control characters (ESC,
 * BEL, NUL, bidirectional overrides) are shown escaped (`\x1b`).
 */
export function text(value: string): Text {
  return { type: 'text', value: showControlCharacters(value.replace(WHITESPACE, ' ')) }
}

/** `` `value` `` as code: literal, control characters shown escaped, on one line; the serializer picks a fence longer than any backtick run in it. */
export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value: showControlCharacters(value.replace(WHITESPACE, ' ')) }
}

/** A link to a URL fordela itself makes (never one from a spec), around inline content. */
export function link(url: string, content: Inline): Link {
  return { type: 'link', url, children: inline(content) }
}

/** Inline content as nodes. */
export function inline(content: Inline): PhrasingContent[] {
  return typeof content === 'string' ? [text(content)] : [...content]
}

/** `*content*`. */
export function emphasis(content: Inline): Emphasis {
  return { type: 'emphasis', children: inline(content) }
}

/** `**content**`. */
export function strong(content: Inline): Strong {
  return { type: 'strong', children: inline(content) }
}

/** A paragraph of inline content. */
export function paragraph(content: Inline): Paragraph {
  return { type: 'paragraph', children: inline(content) }
}

/** An ATX heading of `depth` 1–6. */
export function heading(depth: Heading['depth'], content: Inline): Heading {
  return { type: 'heading', depth, children: inline(content) }
}

/**
 * A list item of blocks. It is tight: the serializer still puts a blank line
 * between two paragraphs of one item, where Markdown needs it.
 */
export function listItem(children: readonly BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children: [...children] }
}

/** A tight bullet list, or a numbered one from 1 when `ordered`. */
export function list(items: readonly ListItem[], ordered = false): List {
  return ordered
    ? { type: 'list', ordered: true, start: 1, spread: false, children: [...items] }
    : { type: 'list', ordered: false, spread: false, children: [...items] }
}

/** A bullet list of one-paragraph items. */
export function bulletList(items: readonly Inline[]): List {
  return list(items.map((item) => listItem([paragraph(item)])))
}

/** A block quote of blocks. */
export function blockquote(children: readonly BlockContent[]): Blockquote {
  return { type: 'blockquote', children: [...children] }
}

/** `---`. */
export function thematicBreak(): ThematicBreak {
  return { type: 'thematicBreak' }
}

/** How a table column is aligned: text left, figures right (`null` in a table's `align`: not stated). */
export type ColumnAlign = 'left' | 'right'

/**
 * A GFM table: a header row, then the body rows. Every row must have as many
 * cells as the header (checked, since a short row would shift the columns).
 *
 * @throws RangeError when a row's length differs from the header's (programmer misuse).
 */
export function table(
  header: readonly Inline[],
  rows: readonly (readonly Inline[])[],
  align: readonly (ColumnAlign | null)[],
): Table {
  const width = header.length
  for (const row of rows) {
    if (row.length !== width) throw new RangeError(`table: a row has ${row.length} cells, the header ${width}`)
  }
  const toRow = (cells: readonly Inline[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell): TableCell => ({ type: 'tableCell', children: inline(cell) })),
  })
  return { type: 'table', align: [...align], children: [toRow(header), ...rows.map(toRow)] }
}
