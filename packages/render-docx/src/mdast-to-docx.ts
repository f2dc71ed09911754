import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx'
import type {
  AlignType,
  BlockContent,
  DefinitionContent,
  List,
  PhrasingContent,
  RootContent,
  Table as MdastTable,
} from 'mdast'
import { bulletsReference, decisionsReference } from './numbering.js'

/** Run formatting inherited from the phrasing around a node. */
interface RunStyle {
  readonly italics?: boolean
  readonly bold?: boolean
}

/** Where a block sits: in which list (for numbering) and how deep in quotes. */
interface BlockContext {
  readonly listLevel: number
  readonly quoteDepth: number
  /** A fresh numbering instance per ordered list, so each starts again at 1. */
  readonly nextInstance: () => number
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

const alignments: Record<NonNullable<AlignType>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
}

/** One indentation step of a block quote, in twentieths of a point (half an inch). */
const QUOTE_INDENT = 720

/** A programmer's mistake: the renderer made a node this module has no Word form for. */
function unsupported(type: string): never {
  throw new Error(`render-docx: no Word form for the mdast node "${type}"`)
}

/**
 * Word runs for phrasing content. Text is kept as it is, no-break spaces
 * (fordela's thousands separator) included; a `break` is a line break.
 */
export function convertPhrasing(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value, ...style })]
      case 'emphasis':
        return convertPhrasing(node.children, { ...style, italics: true })
      case 'strong':
        return convertPhrasing(node.children, { ...style, bold: true })
      case 'break':
        return [new TextRun({ break: 1 })]
      case 'inlineCode':
        return [new TextRun({ text: node.value, font: 'Consolas', ...style })]
      case 'link':
        return [new ExternalHyperlink({ link: node.url, children: convertLinkText(node.children, style) })]
      default:
        return unsupported(node.type)
    }
  })
}

/** A link's text as runs in Word's Hyperlink character style. */
function convertLinkText(nodes: readonly PhrasingContent[], style: RunStyle): ParagraphChild[] {
  return nodes.flatMap((node) =>
    node.type === 'text'
      ? [new TextRun({ text: node.value, style: 'Hyperlink', ...style })]
      : convertPhrasing([node], style),
  )
}

/** Word paragraphs and tables for block content. */
export function convertBlocks(
  nodes: readonly (RootContent | BlockContent | DefinitionContent)[],
  context: BlockContext,
): (Paragraph | Table)[] {
  const indent = context.quoteDepth > 0 ? { indent: { left: QUOTE_INDENT * context.quoteDepth } } : {}
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: headingLevels[node.depth - 1] ?? HeadingLevel.HEADING_6,
            children: convertPhrasing(node.children),
          }),
        ]
      case 'paragraph':
        return [new Paragraph({ ...indent, children: convertPhrasing(node.children) })]
      case 'list':
        return convertList(node, context)
      case 'blockquote':
        return convertBlocks(node.children, { ...context, quoteDepth: context.quoteDepth + 1 })
      case 'thematicBreak':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
            children: [],
          }),
        ]
      case 'table':
        // An empty paragraph after it: Word joins tables that touch, and text after one needs room.
        return [convertTable(node), new Paragraph({ children: [] })]
      default:
        return unsupported(node.type)
    }
  })
}

/**
 * A list as Word numbering: an ordered list as numbered paragraphs (the
 * memo's decisions "1.", "2.", …, each list counting from 1), an unordered
 * one as bullets; a nested list one level deeper.
 */
function convertList(list: List, context: BlockContext): (Paragraph | Table)[] {
  const reference = list.ordered ? decisionsReference : bulletsReference
  const instance = context.nextInstance()
  return list.children.flatMap((item) =>
    item.children.flatMap((child, index): (Paragraph | Table)[] => {
      if (child.type === 'paragraph' && index === 0) {
        return [
          new Paragraph({
            numbering: { reference, level: context.listLevel, instance },
            children: convertPhrasing(child.children),
          }),
        ]
      }
      return convertBlocks([child], {
        ...context,
        listLevel: child.type === 'list' ? context.listLevel + 1 : context.listLevel,
      })
    }),
  )
}

/**
 * A table across the page's width: the header row bold and repeated on
 * every page, each column aligned as the Markdown table aligns it (amounts
 * to the right).
 */
function convertTable(table: MdastTable): Table {
  const align = table.align ?? []
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Room between a cell's border and its text, in twentieths of a point.
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    rows: table.children.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          cantSplit: true,
          children: row.children.map(
            (cell, column) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: alignments[align[column] ?? 'left'],
                    spacing: { after: 0 },
                    children: convertPhrasing(cell.children, rowIndex === 0 ? { bold: true } : {}),
                  }),
                ],
              }),
          ),
        }),
    ),
  })
}
