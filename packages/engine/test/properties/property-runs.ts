import fc from 'fast-check'

/**
 * The fixed seed every property in this folder runs with, so CI is
 * deterministic; FORDELA_PROPERTY_SEED replays another (a failure prints
 * the seed to use), and FORDELA_PROPERTY_RUNS sets the number of cases.
 */
export const propertySeed = Number(process.env['FORDELA_PROPERTY_SEED'] ?? 20_250_930)
const runs = Number(process.env['FORDELA_PROPERTY_RUNS'] ?? 2000)

/** Runs a property with the fixed seed; on failure, the error names the seed and how to replay it. */
export async function checkProperty<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void | Promise<void>, numRuns = runs): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arbitrary, async (value) => check(value)), { numRuns, seed: propertySeed })
  } catch (error) {
    throw new Error(`property failed with seed ${propertySeed} (replay: FORDELA_PROPERTY_SEED=${propertySeed}):\n${error instanceof Error ? error.message : String(error)}`)
  }
}
