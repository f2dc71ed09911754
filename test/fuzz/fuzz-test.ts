import { appendFileSync } from 'node:fs'
import fc from 'fast-check'
import { expect, test } from 'vitest'

/**
 * Cases each fuzz target (parser, engine, renderer) runs in total, shared
 * among its properties: 10 000 in CI, or FORDELA_FUZZ_RUNS for a long run.
 */
export const fuzzCasesPerTarget = readPositiveInteger(process.env['FORDELA_FUZZ_RUNS'], 10_000)

/**
 * The seed every fuzz property starts from: fixed, so that CI runs the same
 * cases every time and a failure is reproduced by running again. For a long
 * run that explores other cases, or to replay the seed a failure printed,
 * set FORDELA_FUZZ_SEED (`random` picks a fresh one, printed like any other).
 */
export const fuzzSeed = readSeed(process.env['FORDELA_FUZZ_SEED'])

function readSeed(text: string | undefined): number {
  if (text === 'random') return Date.now() ^ (Math.random() * 0x1_0000_0000)
  const value = Number(text)
  return text !== undefined && text !== '' && Number.isInteger(value) ? value : 20_251_207
}

function readPositiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text)
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : fallback
}

/** Counts what a property's cases turned out to be (e.g. "error-free"), for the report and for minimums. */
export type CountCase = (label: string) => void

/** The parts of fordela that are fuzzed, each with its own budget of cases. */
export type FuzzTarget = 'parser' | 'engine' | 'renderer'

/** One fuzzed property: the share of its target's cases it runs, and what it checks. */
export interface FuzzProperty<T> {
  /** The target whose budget the share is of; a case that checks several parts counts for each listed. */
  readonly target: FuzzTarget | readonly [FuzzTarget, ...FuzzTarget[]]
  readonly name: string
  /** Fraction of the target's cases this property runs. */
  readonly share: number
  /** A generous bound per case, in milliseconds, from which the test's timeout is set. */
  readonly msPerCase: number
  readonly arbitrary: fc.Arbitrary<T>
  /** Throws (an `expect` failure) when the property does not hold for `value`. */
  readonly check: (value: T, count: CountCase) => void | Promise<void>
  /** Fractions of the cases that must carry a label, so a generator cannot drift into testing nothing. */
  readonly minimums?: Readonly<Record<string, number>>
}

/**
 * Registers a vitest test that runs the property on its share of the
 * (first) target's cases. With FORDELA_FUZZ_REPORT set to a file, appends one JSON
 * line per property (targets, name, cases, milliseconds, labels, seed) for
 * `scripts/fuzz-long.mjs`.
 */
export function fuzzTest<T>(property: FuzzProperty<T>): void {
  const numRuns = Math.ceil(fuzzCasesPerTarget * property.share)
  test(
    `${property.name} (${numRuns} cases)`,
    async () => {
      const labels: Record<string, number> = {}
      const count: CountCase = (label) => {
        labels[label] = (labels[label] ?? 0) + 1
      }
      const seed = fuzzSeed
      console.info(
        `fuzz "${property.name}": ${numRuns} cases, seed ${seed} (FORDELA_FUZZ_SEED and FORDELA_FUZZ_RUNS change them)`,
      )
      const started = performance.now()
      let failure: string | undefined
      try {
        await fc.assert(
          fc.asyncProperty(property.arbitrary, async (value) => property.check(value, count)),
          { numRuns, seed },
        )
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error)
        throw error
      } finally {
        report({
          targets: typeof property.target === 'string' ? [property.target] : property.target,
          name: property.name,
          cases: numRuns,
          ms: Math.round(performance.now() - started),
          seed,
          labels,
          ...(failure ? { failure } : {}),
        })
      }
      for (const [label, minimum] of Object.entries(property.minimums ?? {})) {
        expect((labels[label] ?? 0) / numRuns, `share of cases labelled ${label}`).toBeGreaterThanOrEqual(minimum)
      }
    },
    30_000 + numRuns * property.msPerCase,
  )
}

function report(record: Record<string, unknown>): void {
  const file = process.env['FORDELA_FUZZ_REPORT']
  if (file) appendFileSync(file, `${JSON.stringify(record)}\n`)
}
