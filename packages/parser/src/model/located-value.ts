import type { Located, SourceRange } from './source.js'

/**
 * A {@link Located} value that keeps its range as two offsets and makes
 * `at` when asked. A loaded workspace holds one located value for nearly
 * every scalar it read; as `{ value, at: { file, span: [start, end] } }`
 * each took four heap objects, a third of the heap on a large workspace
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

/** `value` located at `at`, kept compactly. */
export function locateValue<T>(value: T, at: SourceRange): Located<T> {
  return new LocatedValue(value, at.file, at.span[0], at.span[1])
}
