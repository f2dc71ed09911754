import type { Diagnostic } from '../diagnostics/diagnostic.js'

/** The outcome of reading one literal: its value, or the diagnostic that says why not. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly diagnostic: Diagnostic }
