import { formatKronor } from '@fordela/parser'
import type { PlaceholderSegment, PlaceholderValue } from '@fordela/engine'
import { formatAmountInWords } from '../format/format-amount-in-words.js'

/**
 * The text a placeholder stands for in the memo: the `says "…"` text exactly
 * as written (the engine checks that it holds for the value), the year, or
 * the amount in the placeholder's format — `kr` "7 000 000 kr" (the default),
 * `kronor` "7 000 000 kronor", `tal` "7 000 000", `ord` "7 miljoner kronor".
 * Figures have no-break spaces, so a figure never breaks across lines.
 */
export function renderPlaceholderText(segment: PlaceholderSegment, value: PlaceholderValue): string {
  if (segment.says !== undefined) return segment.says
  switch (value.type) {
    case 'year':
      return String(value.value)
    case 'ratio':
      // A ratio is only readable with says; the parser reports one without it.
      return segment.source
    case 'kronor':
      switch (segment.format ?? 'kr') {
        case 'kr':
          return formatKronor(value.value)
        case 'kronor':
          return formatKronor(value.value, { unit: 'kronor' })
        case 'tal':
          return formatKronor(value.value, { unit: 'none' })
        case 'ord':
          return formatAmountInWords(value.value)
      }
  }
}
