/**
 * Where a value came from: a workspace-relative POSIX path and a range of
 * UTF-16 code-unit offsets into that file's text (as the `yaml` package
 * reports them). Offsets become line and column only when reported.
 */
export interface SourceRange {
  readonly file: string
  readonly span: readonly [start: number, end: number]
}

/** A value together with the place in a spec that stated it. */
export interface Located<T> {
  readonly value: T
  readonly at: SourceRange
}
