import { Decimal } from 'decimal.js'
import {
  createAmountFilter,
  derivationFormatVersion,
  type AllocationEvaluation,
  type Derivation,
} from '@fordela/engine'
import { createLineIndex, Rational, type LineIndex, type SourceRange } from '@fordela/parser'

/** A JSON value: what `JSON.stringify` writes as it is. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** What {@link explainAllocationData} keeps and where it finds line numbers. */
export interface ExplainDataOptions {
  readonly party?: string
  readonly fund?: string
  /** Workspace file texts (`workspace.texts`), so places get 1-based lines and columns. */
  readonly texts?: ReadonlyMap<string, string>
}

/**
 * Every amount of an allocation with its derivation, as data for other
 * tools (`fordela explain --format json`): `{ formatVersion, allocation,
 * amounts }`, where each amount is a fund or an allotment (the money one
 * recipient gets from one line). Money, shares and weights are strings —
 * "9497505", "1/3", "28492514/3" — never numbers, so nothing is lost to
 * floating point. Places are `{ file, line, column, endLine, endColumn }`.
 * The same filters as the text trace apply.
 */
export function explainAllocationData(
  evaluation: AllocationEvaluation,
  options: ExplainDataOptions = {},
): { readonly [key: string]: JsonValue } {
  const filter = createAmountFilter(evaluation, options)
  const locate = createPlaceWriter(options.texts)
  const allocation = evaluation.allocation
  const funds = evaluation.funds
    .filter((fund) => filter.showsFund(fund.fund.id.value))
    .map((fund) => ({
      kind: 'fund',
      fund: fund.fund.id.value,
      amount: fund.amount ? fund.amount.toFixed() : null,
      derivation: writeDerivation(fund.derivation, locate),
      at: locate(fund.fund.at),
    }))
  const allotments = filter.allotments.map((allotment) => ({
    kind: 'allotment',
    recipient: allotment.recipient,
    ...(allotment.group !== undefined ? { group: allotment.group } : {}),
    fund: allotment.fund,
    section: allotment.section,
    amount: allotment.amount.toFixed(),
    derivation: writeDerivation(allotment.derivation, locate),
    at: locate(allotment.at),
  }))
  return {
    formatVersion: derivationFormatVersion,
    allocation: {
      id: allocation.id.value,
      title: allocation.title.value,
      year: allocation.year.value,
      file: allocation.file,
      total: evaluation.total.toFixed(),
    },
    amounts: [...funds, ...allotments],
  }
}

/** Writes a source range as JSON. */
export type PlaceWriter = (at: SourceRange) => JsonValue

/** Writes a source range with 1-based lines and UTF-16 columns when the file's text is known, else its offsets. */
export function createPlaceWriter(texts: ReadonlyMap<string, string> | undefined): PlaceWriter {
  const indexes = new Map<string, LineIndex>()
  return (at) => {
    const text = texts?.get(at.file)
    if (text === undefined) return { file: at.file, span: [at.span[0], at.span[1]] }
    const index = indexes.get(at.file) ?? createLineIndex(text)
    indexes.set(at.file, index)
    const start = index.locate(at.span[0])
    let end = index.locate(Math.max(at.span[0], at.span[1]))
    // A range that ends just after a line break ends, for a reader, at the end of the line before.
    if (end.column === 1 && end.line > start.line)
      end = { line: end.line - 1, column: index.lineText(end.line - 1).length + 1 }
    return { file: at.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
  }
}

/** The derivation's steps with every Decimal and Rational as a string and every place written out. */
export function writeDerivation(derivation: Derivation, locate: PlaceWriter): JsonValue[] {
  return derivation.map((step) => writeValue(step, locate))
}

function writeValue(value: unknown, locate: PlaceWriter): JsonValue {
  if (Decimal.isDecimal(value)) return value.toFixed()
  if (value instanceof Rational) return value.toString()
  if (Array.isArray(value)) return value.map((item) => writeValue(item, locate))
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]): [string, JsonValue] =>
      key === 'at' ? [key, locate(item as SourceRange)] : [key, writeValue(item, locate)],
    )
    return Object.fromEntries(entries)
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return value.toString()
  return null
}
