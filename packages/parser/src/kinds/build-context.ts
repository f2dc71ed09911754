import { createDiagnostic, relatedAt } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { RoundingPolicy } from '../model/documents.js'
import type { Located } from '../model/source.js'

/** Values a workspace sets for keys a document leaves out (from the CLI's config). */
export interface SpecDefaults {
  /** The rounding policy of agreements and allocations that state none; `largest-remainder` otherwise. */
  readonly rounding?: RoundingPolicy
}

/** What a builder carries while it reads one document. */
export interface BuildContext {
  readonly file: string
  readonly defaults: SpecDefaults
  /** Literal and duplicate-id diagnostics found so far. */
  readonly diagnostics: Diagnostic[]
}

/** A builder's outcome: the typed document, unless reading it found an error. */
export interface BuildResult<T> {
  readonly document?: T
  readonly diagnostics: Diagnostic[]
}

/** What a duplicated id names, for `schema/duplicate-id`. */
export type IdOwner =
  | 'fund'
  | 'section'
  | 'line'
  | 'party'
  | 'area'
  | 'column'
  | 'unit-group'
  | 'goal'
  | 'subgoal'
  | 'measure'
  | 'unit'
  | 'memo-part'

/** Starts reading a document of `file`. */
export function createBuildContext(file: string, defaults: SpecDefaults = {}): BuildContext {
  return { file, defaults, diagnostics: [] }
}

/**
 * Ends a build. A document with any error (a bad amount or share literal,
 * a duplicate id) is not returned, so later stages never see a value that
 * stands in for one that could not be read; every diagnostic still is.
 */
export function finishBuild<T>(document: T, context: BuildContext): BuildResult<T> {
  const { diagnostics } = context
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? { diagnostics } : { document, diagnostics }
}

/**
 * Reports every id in `items` that an earlier item already has, at the
 * later id with the first as related location. Items are checked in
 * document order whatever order they are given in.
 */
export function checkUniqueIds(
  items: readonly { readonly id: Located<string> }[],
  what: IdOwner,
  context: BuildContext,
): void {
  const firsts = new Map<string, Located<string>>()
  const inOrder = [...items].sort((a, b) => a.id.at.span[0] - b.id.at.span[0])
  for (const { id } of inOrder) {
    const first = firsts.get(id.value)
    if (!first) {
      firsts.set(id.value, id)
      continue
    }
    const related = [relatedAt(first.at, { sv: 'Här används id:t första gången.', en: 'The id is first used here.' })]
    context.diagnostics.push(createDiagnostic('schema/duplicate-id', { id: id.value, what }, id.at, { related }))
  }
}

/** `T` with its properties that may be undefined made optional instead. */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>
}

/**
 * Drops the properties whose value is undefined, so that an optional field
 * the spec leaves out is absent, as `exactOptionalPropertyTypes` requires.
 */
export function compact<T extends object>(object: T): Compact<T> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value
  return result as Compact<T>
}
