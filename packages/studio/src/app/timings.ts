/**
 * Durations the benchmark reads (bench/studio-bench.mjs), in milliseconds:
 * a key press (the key event's time, so any wait for the page counts) or
 * other edit → its findings and amounts in the editor, the same → the
 * memo, tables and changes redrawn, and the page's start → the first findings.
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
