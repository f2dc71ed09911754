import type { Diagnostic } from '../diagnostics/diagnostic.js'

/** A diagnostic made from a schema error, with what is needed to merge it with the others. */
export interface SchemaFinding {
  readonly diagnostic: Diagnostic
  /** The mapping or value the error is about (ajv's `instancePath`). */
  readonly instancePath: string
  /** Keys a `schema/missing-key` finding asks for. */
  readonly missingKeys?: readonly string[]
  /** Keys a `schema/unknown-key` finding suggests instead. */
  readonly suggestedKeys?: readonly string[]
}
