import type { Located, SourceRange } from '@fordela/parser'

/**
 * A value a placeholder names.
 *
 * - `total`: the sum of all funds;
 * - `year`: the allocation's year;
 * - `fund.<id>`: a fund's amount;
 * - `section.<id>`: what a section distributes;
 * - `party.<id>`: everything a party, group member or (summed over its members)
 *   group receives in the whole allocation;
 * - `section.<id>.party.<id>`: the same within one section;
 * - `line.<id>`: the amount of the line with that id;
 * - `section.<id>.fund.<id>`, `party.<id>.fund.<id>`,
 *   `section.<id>.party.<id>.fund.<id>`: the same, counting only what is
 *   drawn from one fund.
 */
export type PlaceholderRef =
  | { readonly type: 'total'; readonly at: SourceRange }
  | { readonly type: 'year'; readonly at: SourceRange }
  | { readonly type: 'fund'; readonly fund: Located<string>; readonly at: SourceRange }
  | { readonly type: 'line'; readonly line: Located<string>; readonly at: SourceRange }
  | {
      readonly type: 'section'
      readonly section: Located<string>
      readonly fund?: Located<string>
      readonly at: SourceRange
    }
  | {
      readonly type: 'party'
      readonly party: Located<string>
      readonly section?: Located<string>
      readonly fund?: Located<string>
      readonly at: SourceRange
    }

/** What `count(…)` counts: a section's lines (`section.<id>.lines`) or a group's members (`party.<id>.members`). */
export type CountTarget =
  | { readonly kind: 'section-lines'; readonly section: Located<string> }
  | { readonly kind: 'group-members'; readonly party: Located<string> }

/**
 * A placeholder's expression: one value; the ratio of two amounts
 * (`fund.a : fund.b`); a count (`count(section.x.lines)`); or a comparison
 * with the previous year's allocation: `previous(ref)`, the value there, and
 * `change(ref)`, this year's value minus that one.
 */
export type PlaceholderExpr =
  | PlaceholderRef
  | { readonly type: 'ratio'; readonly left: PlaceholderRef; readonly right: PlaceholderRef; readonly at: SourceRange }
  | { readonly type: 'count'; readonly of: CountTarget; readonly at: SourceRange }
  | { readonly type: 'change'; readonly ref: PlaceholderRef; readonly at: SourceRange }
  | { readonly type: 'previous'; readonly ref: PlaceholderRef; readonly at: SourceRange }

/** How a placeholder's amount is written, in the order of {@link placeholderFormats}. */
export type PlaceholderFormat = 'kr' | 'kronor' | 'tal' | 'ord'

/**
 * The formats a placeholder may name: `kr` ("7 000 000 kr", the default),
 * `kronor` ("7 000 000 kronor"), `tal` ("7 000 000") and `ord` (in words,
 * "drygt 20 miljoner kronor"; the renderer chooses the words).
 */
export const placeholderFormats: readonly PlaceholderFormat[] = ['kr', 'kronor', 'tal', 'ord']

/** Prose between placeholders, exactly as written. */
export interface TextSegment {
  readonly type: 'text'
  readonly text: string
}

/** One `{{ … }}` of a prose field. */
export interface PlaceholderSegment {
  readonly type: 'placeholder'
  readonly expr: PlaceholderExpr
  /** Absent when none is named (the renderer then uses `kr`) or when `says` is given. */
  readonly format?: PlaceholderFormat
  /** The text of `says "…"`: rendered as written, and checked against the value. */
  readonly says?: string
  /** Where the quoted says-text is, without its quotes. */
  readonly saysAt?: SourceRange
  /** The placeholder as written in the prose value, `{{` to `}}`. */
  readonly source: string
  readonly at: SourceRange
}

/** A prose field cut into text and placeholders, in order. */
export type ProseSegment = TextSegment | PlaceholderSegment

/** Writes a reference the way a spec author types it: `fund.strategi`, `section.a.party.vgr`, `line.vgr-barn`. */
export function printPlaceholderRef(ref: PlaceholderRef): string {
  switch (ref.type) {
    case 'total':
    case 'year':
      return ref.type
    case 'fund':
      return `fund.${ref.fund.value}`
    case 'line':
      return `line.${ref.line.value}`
    case 'section':
      return `section.${ref.section.value}${ref.fund ? `.fund.${ref.fund.value}` : ''}`
    case 'party': {
      const party = `${ref.section ? `section.${ref.section.value}.` : ''}party.${ref.party.value}`
      return `${party}${ref.fund ? `.fund.${ref.fund.value}` : ''}`
    }
  }
}
