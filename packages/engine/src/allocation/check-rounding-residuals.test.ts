import { describe, expect, it } from 'vitest'
import { allocationOf, lintSummary } from './__fixtures__/small-county.js'

const thirds =
  '          - { to: region, share: 1/3 }\n          - { to: pool, share: 1/3 }\n          - { to: forbund, share: 1/3, split: equal }\n'

describe('sum/rounding-residual', () => {
  it('warns of kronor a rounding policy leaves, where they are left', async () => {
    // floor(100/3) = 33 three times: 1 krona is lost (100 − 99), reported at the first share line
    // (line 17 with `rounding: floor` on line 7) and, because the fund keeps only that krona, not as
    // fund-not-spent. The förbund's 33 split equally floors to 16 + 16: one more krona, reported at
    // `equal` (line 19, column 47).
    expect(await lintSummary(allocationOf('100', thirds, 'rounding: floor\n'))).toEqual([
      'sum/rounding-residual warning fordelning.yaml 17:13-17:39',
      'sum/rounding-residual warning fordelning.yaml 19:47-19:52',
    ])
  })

  it('accepts the same thirds under largest remainder, which hands out every krona', async () => {
    // One of the thirds gets the leftover krona (34 + 33 + 33 = 100), and the förbund's part splits into
    // two whole parts that add up to it (17 + 16 of 33, or 17 + 17 of 34): no krona left anywhere.
    expect(await lintSummary(allocationOf('100', thirds))).toEqual([])
  })
})

describe('sum/rounding-overdraws', () => {
  const halves = '          - { to: region, share: 1/2 }\n          - { to: pool, share: 1/2 }\n'

  it('refuses kronor handed out beyond the amount, whatever the policy', async () => {
    // 5 × 1/2 = 2,5 rounds half up to 3 for both lines: 6 kr out of a 5 kr fund. The krona that
    // does not exist is an error at the first share line (line 17, the 26-character flow map).
    expect(await lintSummary(allocationOf('5', halves, 'rounding: half-up\n'))).toEqual([
      'sum/rounding-overdraws error fordelning.yaml 17:13-17:39',
    ])
  })

  it('accepts half-up when the halves are whole: 3 and 3 of 6', async () => {
    expect(await lintSummary(allocationOf('6', halves, 'rounding: half-up\n'))).toEqual([])
  })
})
