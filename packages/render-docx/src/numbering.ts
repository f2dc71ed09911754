import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx'

/** The numbering of ordered lists: the memo's decisions, "1.", "2.", … */
export const decisionsReference = 'fordela-decisions'

/** The numbering of unordered lists. */
export const bulletsReference = 'fordela-bullets'

/** How deep lists nest in Word; fordela's memos use one level, the rest is room. */
const LEVELS = [0, 1, 2, 3, 4, 5]

/** Indentation per level, in twentieths of a point. */
const indentOf = (level: number) => ({ left: 720 * (level + 1), hanging: 360 })

/** The two numbering definitions every fordela document carries. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: decisionsReference,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: indentOf(level) } },
      })),
    },
    {
      reference: bulletsReference,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: '\u2022',
        alignment: AlignmentType.START,
        style: { paragraph: { indent: indentOf(level) } },
      })),
    },
  ],
}
