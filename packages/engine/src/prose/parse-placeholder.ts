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
export function parsePlaceholder(
  text: string,
  start: number,
  end: number,
  locate: LocateInProse,
): PlaceholderParts | Diagnostic {
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
  if (format === undefined)
    return invalid('unknown-format', [
      filterRange[0],
      filterRange[0] + (word.length || filterRange[1] - filterRange[0]),
    ])
  if (afterWord[0] !== afterWord[1]) return invalid('trailing-text', afterWord)
  if (expr.type === 'count' && format !== 'tal' && format !== 'ord')
    return invalid('count-format', [filterRange[0], filterRange[0] + word.length])
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

/** `count(…)`, `change(…)` or `previous(…)` with what is inside the parentheses. */
const FUNCTION = /^(count|change|previous)\s*\(([^()]*)\)$/u
const COUNT_TARGET = new RegExp(String.raw`^(?:section\.(${ID})\.lines|party\.(${ID})\.members)$`, 'u')

/** An expression: `count(…)`, `change(…)`, `previous(…)`, one reference, or two separated by `:`. */
function parseExpr(text: string, [from, to]: Range, locate: LocateInProse): PlaceholderExpr | Diagnostic {
  const call = FUNCTION.exec(text.slice(from, to))
  if (call) return parseCall(text, [from, to], call[1] as 'count' | 'change' | 'previous', call[1]!.length, locate)
  const colon = text.indexOf(':', from)
  if (colon === -1 || colon >= to) return parseRef(text, [from, to], locate)
  const left = parseRef(text, trim(text, [from, colon]), locate)
  if ('code' in left) return left
  const right = parseRef(text, trim(text, [colon + 1, to]), locate)
  if ('code' in right) return right
  for (const side of [left, right]) {
    if (side.type === 'year') {
      const [start, end] = side === left ? trim(text, [from, colon]) : trim(text, [colon + 1, to])
      return createDiagnostic(
        'prose/invalid-placeholder',
        { problem: 'ratio-of-year', found: 'year' },
        locate(start, end),
      )
    }
  }
  return { type: 'ratio', left, right, at: locate(from, to) }
}

/** The inside of `count(…)`, `change(…)` or `previous(…)`; `name` ends at `from + nameLength`. */
function parseCall(
  text: string,
  [from, to]: Range,
  name: 'count' | 'change' | 'previous',
  nameLength: number,
  locate: LocateInProse,
): PlaceholderExpr | Diagnostic {
  const open = text.indexOf('(', from + nameLength)
  const inner = trim(text, [open + 1, to - 1])
  const at = locate(from, to)
  const written = text.slice(inner[0], inner[1])
  if (name === 'count') {
    const match = COUNT_TARGET.exec(written)
    if (!match)
      return createDiagnostic(
        'prose/invalid-placeholder',
        { problem: 'unknown-count', found: written },
        locate(inner[0], inner[1]),
      )
    const [, section, party] = match
    if (section !== undefined) {
      const start = inner[0] + 'section.'.length
      return {
        type: 'count',
        of: { kind: 'section-lines', section: { value: section, at: locate(start, start + section.length) } },
        at,
      }
    }
    const start = inner[0] + 'party.'.length
    return {
      type: 'count',
      of: { kind: 'group-members', party: { value: party ?? '', at: locate(start, start + (party ?? '').length) } },
      at,
    }
  }
  const ref = parseRef(text, inner, locate)
  if ('code' in ref) return ref
  if (ref.type === 'year')
    return createDiagnostic(
      'prose/invalid-placeholder',
      { problem: 'ratio-of-year', found: 'year' },
      locate(inner[0], inner[1]),
    )
  return name === 'change' ? { type: 'change', ref, at } : { type: 'previous', ref, at }
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
    return createDiagnostic(
      'prose/invalid-placeholder',
      { problem: 'unknown-expression', found: written },
      locate(from, to),
    )
  }
  const [, keyword, fund, line, party, partyFund, section, sectionParty, sectionFund] = match
  const at = locate(from, to)
  const id = (value: string, offset: number) => ({ value, at: locate(from + offset, from + offset + value.length) })
  /** The id after `.fund.` that ends the reference. */
  const endFund = (value: string | undefined) =>
    value === undefined ? {} : { fund: id(value, written.length - value.length) }
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
