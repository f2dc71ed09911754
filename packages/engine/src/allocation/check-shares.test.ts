import { describe, expect, it } from 'vitest'
import { allocationOf, lintSummary } from './__fixtures__/small-county.js'

describe('sum/shares-exceed-whole', () => {
  it('refuses the share that takes the sum past the whole, at the share', async () => {
    const lines =
      '          - { to: region, share: 2/3 }\n          - { to: pool, share: 1/2 }\n          - { to: pool, rest: true }\n'
    // 2/3 + 1/2 = 7/6 > 1: the second share is refused (line 17: ten spaces, "- { to: pool, share: "
    // puts "1/2" at columns 32–35); the rest takes 900 − 600 = 300.
    expect(await lintSummary(allocationOf('900', lines))).toEqual([
      'sum/shares-exceed-whole error fordelning.yaml 17:32-17:35',
    ])
  })

  it('accepts shares that make up exactly the whole', async () => {
    // 1/3 + 2/3 = 1: 300 + 600 = 900.
    expect(
      await lintSummary(
        allocationOf('900', '          - { to: region, share: 1/3 }\n          - { to: pool, share: 2/3 }\n'),
      ),
    ).toEqual([])
  })
})

describe('sum/fraction-too-large', () => {
  // One share per prime p below 250: 1/p^k with p^k the largest power of p below 10^20 (at most 20 digits).
  // The powers are coprime, so the exact sum's denominator is their product; the share at which that product
  // first reaches 10^1000 (1 001 digits) is refused. Counted here with plain BigInt arithmetic.
  const primes = Array.from({ length: 249 }, (_, i) => i + 2).filter((n) =>
    Array.from({ length: n - 2 }, (_, i) => i + 2).every((d) => n % d !== 0),
  )
  const dens = primes.map((p) => {
    let power = BigInt(p)
    while (power * BigInt(p) < 10n ** 20n) power *= BigInt(p)
    return power
  })

  it('refuses the share whose exact sum grows past the limit, at the share', async () => {
    let product = 1n
    const index = dens.findIndex((den) => {
      product *= den
      return product >= 10n ** 1000n
    })
    const lines = dens.map((den) => `          - { to: region, share: 1/${den} }\n`).join('')
    const refused = `1/${dens[index]}`
    // Share lines start on line 16; "          - { to: region, share: " is 33 characters, so the share starts at column 34.
    expect(await lintSummary(allocationOf('900', `${lines}          - { to: pool, rest: true }\n`))).toEqual([
      `sum/fraction-too-large error fordelning.yaml ${16 + index}:34-${16 + index}:${34 + refused.length}`,
    ])
  })

  it('adds the shares before that one', async () => {
    // The first ten shares: a denominator of at most 10 × 20 = 200 digits, well within the limit.
    const lines = dens
      .slice(0, 10)
      .map((den) => `          - { to: region, share: 1/${den} }\n`)
      .join('')
    expect(await lintSummary(allocationOf('900', `${lines}          - { to: pool, rest: true }\n`))).toEqual([])
  })
})
