import type { Located, SourceRange } from './source.js'

/**
 * A {@link Located} value that keeps its range as two offsets and makes
 * `at` when asked. A loaded workspace holds one located value for nearly
 * every scalar it read; as `{ value, at: { file, span: [start, end] } }`
 * each took four heap objects, over 40 % of the heap of a loaded workspace
 * (issue 7). One object with the offsets inline takes less than half the
 * memory and gives the garbage collector a quarter of the objects to move.
 * `at` is a fresh object on every read, equal (not identical) to the last.
 */
export class LocatedValue<T> implements Located<T> {
  /**
   * @param value the value as read
   * @param file the workspace-relative path of the file it was read from
   * @param start the first UTF-16 offset of its text
   * @param end the offset after its text
   */
  constructor(
    readonly value: T,
    readonly file: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Where the value was stated. */
  get at(): SourceRange {
    return { file: this.file, span: [this.start, this.end] }
  }
}

/**
 * A {@link SourceRange} that keeps its offsets inline and makes `span` when
 * asked, for the ranges of the mappings a document is built from (lines,
 * groups, sections): one object instead of two, as {@link LocatedValue}.
 */
export class CompactSourceRange implements SourceRange {
  constructor(
    readonly file: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The range's start and end offsets. */
  get span(): readonly [start: number, end: number] {
    return [this.start, this.end]
  }
}

/** `value` located at `at`, kept compactly. */
export function locateValue<T>(value: T, at: SourceRange): Located<T> {
  if (at instanceof CompactSourceRange) return new LocatedValue(value, at.file, at.start, at.end)
  return new LocatedValue(value, at.file, at.span[0], at.span[1])
}
