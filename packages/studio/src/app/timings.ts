/**
 * Durations the benchmark reads (bench/studio-bench.mjs), in milliseconds:
 * an edit → its findings and amounts in the editor, an edit → the memo,
 * tables and changes redrawn, and the page's start → the first findings.
 */
export interface StudioTimings {
  readonly diagnostics: number[]
  readonly preview: number[]
  readonly firstDiagnostics: number[]
}

const timings: StudioTimings = { diagnostics: [], preview: [], firstDiagnostics: [] }
;(globalThis as { fordelaStudioTimings?: StudioTimings }).fordelaStudioTimings = timings

/** Records one duration in milliseconds (kept in memory only, never sent). */
export function recordTiming(kind: keyof StudioTimings, ms: number): void {
  const list = timings[kind]
  list.push(ms)
  if (list.length > 10_000) list.shift()
}
