/** Durations the benchmarks read (bench/studio): change → findings and amounts, change → preview. */
export interface StudioTimings {
  readonly diagnostics: number[]
  readonly preview: number[]
}

const timings: StudioTimings = { diagnostics: [], preview: [] }
;(globalThis as { fordelaStudioTimings?: StudioTimings }).fordelaStudioTimings = timings

/** Records one duration in milliseconds (kept in memory only, never sent). */
export function recordTiming(kind: keyof StudioTimings, ms: number): void {
  const list = timings[kind]
  list.push(ms)
  if (list.length > 10_000) list.shift()
}
