import { createDiagnostic, type ArgsOf, type Diagnostic, type SourceRange } from '@fordela/parser'
import type { LocateInProse } from './locate-placeholder.js'
import { placeholderFormats, type PlaceholderExpr, type PlaceholderFormat, type PlaceholderRef } from './placeholder.js'

/** What is inside one `{{ … }}`. */
export interface PlaceholderParts {
  readonly expr: PlaceholderExpr
  readonly format?: PlaceholderFormat
  readonly says?: string
  readonly saysAt?: SourceRange
}

type Problem = ArgsOf<'prose/invalid-placeholder'>['problem']
type Range = readonly [start: number, end: number]

const ID = String.raw`[\p{L}\p{N}_-]+`
const REF = new RegExp(
  String.raw`^(?:(total|year)|fund\.(${ID})|line\.(${ID})|party\.(${ID})(?:\.fund\.(${ID}))?|section\.(${ID})(?:\.party\.(${ID}))?(?:\.fund\.(${ID}))?)$`,
  'u',
)

/**
 * Reads the inside of a placeholder, `text[start, end)` between `{{` and
 * `}}`: an expression, then optionally `|` and a format or `says "…"`.
 *
 * @returns the parts, or the diagnostic that says what is wrong and where.
 */
export function parsePlaceholder(text: string, start: number, end: number, locate: LocateInProse): PlaceholderParts | Diagnostic {
  const invalid = (problem: Problem, [from, to]: Range): Diagnostic =>
    createDiagnostic('prose/invalid-placeholder', { problem, found: text.slice(from, to) }, locate(from, to))
  const pipe = text.indexOf('|', start)
  const exprRange = trim(text, [start, pipe !== -1 && pipe < end ? pipe : end])
  if (exprRange[0] === exprRange[1]) return invalid('empty', [start - 2, end + 2])
  const expr = parseExpr(text, exprRange, locate)
  if ('code' in expr) return expr
  if (pipe === -1 || pipe >= end) {
    return expr.type === 'ratio' ? invalid('ratio-needs-says', exprRange) : { expr }
  }
  const filterRange = trim(text, [pipe + 1, end])
  if (filterRange[0] === filterRange[1]) return invalid('missing-filter', [pipe, pipe + 1])
  if (expr.type === 'year') return invalid('year-filter', filterRange)
  const word = /^[^\s"'“”„]*/u.exec(text.slice(filterRange[0], filterRange[1]))?.[0] ?? ''
  const afterWord = trim(text, [filterRange[0] + word.length, filterRange[1]])
  if (word === 'says') return parseSays(text, afterWord, expr, invalid, locate)
  if (expr.type === 'ratio') return invalid('ratio-needs-says', exprRange)
  const format = placeholderFormats.find((name) => name === word)
  if (format === undefined) return invalid('unknown-format', [filterRange[0], filterRange[0] + (word.length || filterRange[1] - filterRange[0])])
  if (afterWord[0] !== afterWord[1]) return invalid('trailing-text', afterWord)
  return { expr, format }
}

/** Reads `"…"` after `says`; nothing but whitespace may follow the closing quote. */
function parseSays(
  text: string,
  [from, to]: Range,
  expr: PlaceholderExpr,
  invalid: (problem: Problem, range: Range) => Diagnostic,
  locate: LocateInProse,
): PlaceholderParts | Diagnostic {
  const close = text[from] === '"' ? text.indexOf('"', from + 1) : -1
  if (close === -1 || close >= to) return invalid('bad-quotes', [from, to])
  const after = trim(text, [close + 1, to])
  if (after[0] !== after[1]) return invalid('trailing-text', after)
  return { expr, says: text.slice(from + 1, close), saysAt: locate(from + 1, close) }
}

/** An expression: one reference, or two separated by `:`. */
function parseExpr(text: string, [from, to]: Range, locate: LocateInProse): PlaceholderExpr | Diagnostic {
  const colon = text.indexOf(':', from)
  if (colon === -1 || colon >= to) return parseRef(text, [from, to], locate)
  const left = parseRef(text, trim(text, [from, colon]), locate)
  if ('code' in left) return left
  const right = parseRef(text, trim(text, [colon + 1, to]), locate)
  if ('code' in right) return right
  for (const side of [left, right]) {
    if (side.type === 'year') {
      const [start, end] = side === left ? trim(text, [from, colon]) : trim(text, [colon + 1, to])
      return createDiagnostic('prose/invalid-placeholder', { problem: 'ratio-of-year', found: 'year' }, locate(start, end))
    }
  }
  return { type: 'ratio', left, right, at: locate(from, to) }
}

/**
 * One of `total`, `year`, `fund.<id>`, `line.<id>`, `party.<id>`,
 * `section.<id>`, `section.<id>.party.<id>`, each of the last three
 * optionally followed by `.fund.<id>`.
 */
function parseRef(text: string, [from, to]: Range, locate: LocateInProse): PlaceholderRef | Diagnostic {
  const written = text.slice(from, to)
  const match = REF.exec(written)
  if (!match) {
    return createDiagnostic('prose/invalid-placeholder', { problem: 'unknown-expression', found: written }, locate(from, to))
  }
  const [, keyword, fund, line, party, partyFund, section, sectionParty, sectionFund] = match
  const at = locate(from, to)
  const id = (value: string, offset: number) => ({ value, at: locate(from + offset, from + offset + value.length) })
  /** The id after `.fund.` that ends the reference. */
  const endFund = (value: string | undefined) => (value === undefined ? {} : { fund: id(value, written.length - value.length) })
  if (keyword === 'total' || keyword === 'year') return { type: keyword, at }
  if (fund !== undefined) return { type: 'fund', fund: id(fund, 'fund.'.length), at }
  if (line !== undefined) return { type: 'line', line: id(line, 'line.'.length), at }
  if (party !== undefined) return { type: 'party', party: id(party, 'party.'.length), ...endFund(partyFund), at }
  const sectionId = id(section ?? '', 'section.'.length)
  if (sectionParty === undefined) return { type: 'section', section: sectionId, ...endFund(sectionFund), at }
  const partyOffset = 'section.'.length + sectionId.value.length + '.party.'.length
  return { type: 'party', party: id(sectionParty, partyOffset), section: sectionId, ...endFund(sectionFund), at }
}

/** Narrows `[from, to)` of `text` to exclude leading and trailing whitespace. */
function trim(text: string, [from, to]: Range): Range {
  while (from < to && /\s/u.test(text[from] ?? '')) from++
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
  return [from, to]
}
