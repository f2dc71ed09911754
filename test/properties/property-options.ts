import fc from 'fast-check'
import { expect } from 'vitest'

/**
 * The seed every property test (fast-check) starts from: fixed, so that CI
 * runs the same cases each time and a failure is reproduced by running
 * again. FORDELA_PROPERTY_SEED picks other cases (for a long run, or to
 * replay the seed a failure printed). The fuzz suite has its own seed
 * (test/fuzz/fuzz-test.ts, FORDELA_FUZZ_SEED).
 */
export const propertySeed = readInteger(process.env['FORDELA_PROPERTY_SEED'], 20_251_207)

/** FORDELA_PROPERTY_RUNS, when set, runs every property that many times instead of its own count. */
const runsOverride = readPositiveInteger(process.env['FORDELA_PROPERTY_RUNS'])

/**
 * fast-check's options for one property: `numRuns` cases (or
 * FORDELA_PROPERTY_RUNS) from {@link propertySeed}. Prints both, so a log
 * says how to replay what it ran.
 */
export function propertyOptions(name: string, numRuns: number): { numRuns: number; seed: number } {
  const runs = runsOverride ?? numRuns
  console.info(
    `property "${name}": ${runs} cases, seed ${propertySeed} (FORDELA_PROPERTY_SEED and FORDELA_PROPERTY_RUNS change them)`,
  )
  return { numRuns: runs, seed: propertySeed }
}

function readPositiveInteger(text: string | undefined): number | undefined {
  const value = Number(text)
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : undefined
}

function readInteger(text: string | undefined, fallback: number): number {
  const value = Number(text)
  return text !== undefined && text !== '' && Number.isInteger(value) ? value : fallback
}

/** Runs an asynchronous property `numRuns` times (or FORDELA_PROPERTY_RUNS) from {@link propertySeed}; fast-check's failure names the seed and the path to replay. */
export async function checkProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => void | Promise<void>,
  numRuns = 2000,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => check(value)),
    propertyOptions(expect.getState().currentTestName ?? 'property', numRuns),
  )
}
