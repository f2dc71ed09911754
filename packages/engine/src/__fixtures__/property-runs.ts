/**
 * How many cases the engine's property tests run in total, shared among
 * them: 10 000 in CI, or FORDELA_PROPERTY_RUNS for a long run.
 */
export const propertyCasesInTotal = readPositiveInteger(process.env['FORDELA_PROPERTY_RUNS'], 10_000)

/**
 * The seed every property test starts from: fixed, so that CI runs the same
 * cases each time and a failure is reproduced by running again;
 * FORDELA_PROPERTY_SEED picks other cases (for a long run, or to replay the
 * seed a failure printed).
 */
export const propertySeed = readInteger(process.env['FORDELA_PROPERTY_SEED'], 20_251_207)

/** fast-check's options for a property that runs `share` of {@link propertyCasesInTotal}; prints its seed and count. */
export function propertyOptions(name: string, share: number): { numRuns: number; seed: number } {
  const numRuns = Math.ceil(propertyCasesInTotal * share)
  console.info(`property "${name}": ${numRuns} cases, seed ${propertySeed} (FORDELA_PROPERTY_SEED and FORDELA_PROPERTY_RUNS change them)`)
  return { numRuns, seed: propertySeed }
}

function readPositiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text)
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : fallback
}

function readInteger(text: string | undefined, fallback: number): number {
  const value = Number(text)
  return text !== undefined && text !== '' && Number.isInteger(value) ? value : fallback
}
