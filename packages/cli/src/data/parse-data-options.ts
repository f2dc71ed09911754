import type { Language, RegionFilter } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'

/** The options `data import` and `data fetch` share. */
export interface DataOptions {
  readonly regions?: string
  readonly sumAge?: string
  readonly time?: string
  readonly id?: string
  readonly referenceDate?: string
  readonly retrieved?: string
  readonly outDir?: string
  readonly lang?: Language
}

/** The highest age SCB gives as a single year (`100+` is the class above it). */
const MAX_SINGLE_YEAR = 100

/** `kommuner`, `lan` or `both` → the region filters to import, one dataset each. */
export function parseRegions(value: string | undefined, lang: Language): RegionFilter[] {
  if (value === undefined || value === 'kommuner') return ['kommuner']
  if (value === 'lan') return ['lan']
  if (value === 'both') return ['kommuner', 'lan']
  throw new UsageError(say(lang, messages.cliData.badRegions, { value }))
}

/** `0-18` → the single years 0 to 18 inclusive. */
export function parseAgeRange(value: string | undefined, lang: Language): { from: number; to: number } | undefined {
  if (value === undefined) return undefined
  const match = /^(\d{1,3})-(\d{1,3})$/u.exec(value)
  const from = Number(match?.[1])
  const to = Number(match?.[2])
  if (!match || from > to || to > MAX_SINGLE_YEAR) {
    throw new UsageError(say(lang, messages.cliData.badAgeRange, { value, max: MAX_SINGLE_YEAR }))
  }
  return { from, to }
}

/** A YYYY-MM-DD option, checked to be a real day. */
export function parseDateOption(name: string, value: string | undefined, lang: Language): string | undefined {
  if (value === undefined) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  if (
    !/^\d{4}-\d{2}-\d{2}$/u.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(say(lang, messages.cliData.badDate, { option: name, value }))
  }
  return value
}

/** A dataset id option: lower-case letters, digits and hyphens. */
export function parseIdOption(value: string | undefined, lang: Language): string | undefined {
  if (value === undefined || /^[a-z0-9][a-z0-9-]{0,99}$/u.test(value)) return value
  throw new UsageError(say(lang, messages.cliData.badId, { value }))
}
