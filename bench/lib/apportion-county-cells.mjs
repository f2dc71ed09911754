/**
 * Apportions `total` kronor over `weights` by largest remainder: floor each
 * part, then give the leftover kronor one by one to the largest remainders,
 * ties in list order. The same policy as the spec's default rounding.
 *
 * @param {bigint} total
 * @param {readonly bigint[]} weights
 * @returns {bigint[]}
 */
export function apportionLargestRemainder(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0n)
  const parts = weights.map((weight) => (total * weight) / sum)
  const remainders = weights.map((weight, index) => ({ index, remainder: (total * weight) % sum }))
  let left = total - parts.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const { index } of remainders) {
    if (left === 0n) break
    parts[index] += 1n
    left -= 1n
  }
  return parts
}

/** The three storstadslän of the 2025 agreement (Stockholm, Skåne, Västra Götaland). */
const storstadslan = new Set(['01', '12', '14'])

/**
 * Each county's three län cells of the 2025 agreement
 * (examples/nationellt/skr-2025-overenskommelse.yaml), computed here from the
 * same rules so that the generated specs can state them exactly:
 * strategi 4 000 000 (7 000 000 for storstadslän), komplexa behov
 * 200 000 000 by population, suicidprevention 5 000 000 each and the rest by
 * population.
 *
 * @param {readonly { code: string, population: bigint }[]} counties in the dataset's order
 * @returns {Map<string, { strategi: bigint, komplexa: bigint, suicid: bigint }>}
 */
export function computeCountyCells(counties) {
  const weights = counties.map((county) => county.population)
  const komplexa = apportionLargestRemainder(200_000_000n, weights)
  const suicidRest = apportionLargestRemainder(200_000_000n - 5_000_000n * BigInt(counties.length), weights)
  return new Map(
    counties.map((county, index) => [
      county.code,
      {
        strategi: storstadslan.has(county.code) ? 7_000_000n : 4_000_000n,
        komplexa: komplexa[index],
        suicid: 5_000_000n + suicidRest[index],
      },
    ]),
  )
}
