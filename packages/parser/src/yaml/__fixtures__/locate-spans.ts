import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { createLineIndex } from '../line-index.js'

/** A span of `text` as `line:column-line:column`, 1-based, for exact assertions. */
export function locateSpan(text: string, span: readonly [number, number]): string {
  const index = createLineIndex(text)
  const start = index.locate(span[0])
  const end = index.locate(span[1])
  return `${start.line}:${start.column}-${end.line}:${end.column}`
}

/** Each diagnostic as `line:column-line:column severity code`. */
export function locateDiagnostics(text: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (diagnostic) => `${locateSpan(text, diagnostic.span)} ${diagnostic.severity} ${diagnostic.code}`,
  )
}
