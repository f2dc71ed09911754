/**
 * A mistake in how fordela was called or what it was pointed at (unknown
 * option, missing file): printed as one line, exit code 2, no stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
