import { formatKronor } from '@fordela/parser'
import type { Decimal } from 'decimal.js'
import {
  formatCountInWords,
  type PlaceholderFormat,
  type PlaceholderSegment,
  type PlaceholderValue,
} from '@fordela/engine'
import { formatAmountInWords } from '../format/format-amount-in-words.js'

/**
 * The text a placeholder stands for in the memo: the `says "…"` text exactly
 * as written (the engine checks that it holds for the value), the year, or
 * the amount in the placeholder's format — `kr` "7 000 000 kr" (the default),
 * `kronor` "7 000 000 kronor", `tal` "7 000 000", `ord` "7 miljoner kronor";
 * a count in words ("fyra"; digits with `tal`); a change from the previous
 * year as "en ökning på 5 000 000 kr".
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
    case 'count':
      return segment.format === 'tal' ? String(value.value) : formatCountInWords(value.value)
    case 'change':
      return describeChange(value.value, segment.format ?? 'kr')
    case 'kronor':
      return formatAmount(value.value, segment.format ?? 'kr')
  }
}

function formatAmount(amount: Decimal, format: PlaceholderFormat): string {
  switch (format) {
    case 'kr':
      return formatKronor(amount)
    case 'kronor':
      return formatKronor(amount, { unit: 'kronor' })
    case 'tal':
      return formatKronor(amount, { unit: 'none' })
    case 'ord':
      return formatAmountInWords(amount)
  }
}

/** "en ökning på 5 000 000 kr", "en minskning på drygt 2 miljoner kronor", "oförändrat". */
function describeChange(change: Decimal, format: PlaceholderFormat): string {
  if (change.isZero()) return 'oförändrat'
  return `en ${change.isPositive() ? 'ökning' : 'minskning'} på ${formatAmount(change.abs(), format)}`
}
