import type { IStylesOptions } from 'docx'

/** 11 pt body text, sizes in half-points. */
const BODY = 22

/**
 * The memo's look when the county gives no reference document: body text
 * with room between paragraphs (6 pt after, spacing in twentieths of a point)
 * and headings that stand apart from it. docx's own defaults set no spacing
 * at all, which runs every paragraph into the next.
 */
export const defaultStyles: IStylesOptions = {
  default: {
    document: { run: { size: BODY }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: { run: { size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading2: { run: { size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading3: { run: { size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    heading4: { run: { size: BODY, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
}
