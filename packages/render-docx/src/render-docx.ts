import { Document, Packer } from 'docx'
import type { Root } from 'mdast'
import { plainText } from './heading-text.js'
import { defaultStyles } from './default-styles.js'
import { makeDeterministic } from './make-deterministic.js'
import { convertBlocks } from './mdast-to-docx.js'
import { numbering } from './numbering.js'

/** How to write the Word document. */
export interface RenderDocxOptions {
  /** Word's styles part of a reference document (see {@link readReferenceStyles}); docx's defaults otherwise. */
  readonly referenceStyles?: string
}

/**
 * Writes an mdast tree (the one `@fordela/render-markdown` serialises as the
 * Markdown memo) as a Word document: headings as Word headings, ordered
 * lists numbered, tables with their columns aligned as in the Markdown
 * (amounts right), no-break spaces kept, line breaks (the signatories'
 * roles) as line breaks. The same tree gives the same bytes.
 */
export async function renderDocx(root: Root, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  let instance = 0
  const children = convertBlocks(root.children, { listLevel: 0, quoteDepth: 0, nextInstance: () => ++instance })
  const firstHeading = root.children.find((node) => node.type === 'heading')
  const document = new Document({
    creator: 'fordela',
    title: firstHeading ? plainText(firstHeading) : '',
    ...(options.referenceStyles !== undefined
      ? { externalStyles: options.referenceStyles }
      : { styles: defaultStyles }),
    numbering,
    sections: [{ children }],
  })
  return makeDeterministic(new Uint8Array(await Packer.toArrayBuffer(document)))
}
