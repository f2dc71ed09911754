import { Decimal } from 'decimal.js'
import type { DerivationStep } from '@fordela/engine'
import { Rational } from '@fordela/parser'
import { describe, expect, test } from 'vitest'
import { describeDerivationStep } from './describe-derivation-step.js'
import type { MemoContext } from './memo-context.js'

/**
 * A share line of 1/n of 1 000 kr whose krona went by document order among n tied parts; with
 * n = 3 and n = 300 the parts are 333,33… and 3,33…: 1 and 100 kronor are left over after flooring.
 */
function tiedShare(count: number, rest = false): DerivationStep {
  const parts = Array.from({ length: count }, (_, index) => `p${index}`)
  const kronor = 1000 % count
  const winners = parts.slice(0, kronor)
  return {
    type: 'share',
    share: Rational.of(1, count),
    base: new Decimal(1000),
    amount: new Decimal(4),
    rounding: {
      policy: 'largest-remainder',
      exact: Rational.of(1000, count),
      delta: new Decimal(1),
      leftover: { kronor, competing: count + (rest ? 1 : 0), rank: 1, winners },
      tie: { parts, winners, ...(rest ? { rest: true as const } : {}), decidedBy: 'document-order' },
    },
    at: { file: 'f.yaml', span: [0, 1] },
  }
}

// A share step names no fund, measure or title: the memo's look-ups are not needed.
const memo = {} as MemoContext

describe('describeDerivationStep, a tie', () => {
  test('names every part of a small tie', () => {
    // Only the rounding text is asserted: which parts tied, and that document order decided.
    expect(describeDerivationStep(tiedShare(3), memo, (id) => id.toUpperCase())).toMatch(
      /: när alla delar avrundats nedåt blev en krona över, och den gick till den del som hade störst decimaler \(P0\), och decimalerna här kom på plats 1 av 3; decimalerna var lika stora för P0, P1 och P2, och ordningen i dokumentet avgjorde\.$/,
    )
  })

  test('names the remainder of a step "resten", never an index', () => {
    // Regression: the remainder was named by its index, "Region Exempel och 1".
    expect(describeDerivationStep(tiedShare(3, true), memo, (id) => id.toUpperCase())).toMatch(
      /lika stora för P0, P1, P2 och resten, och ordningen i dokumentet avgjorde\.$/,
    )
  })

  test('names the first ten parts of a large tie and counts the rest', () => {
    // 300 parts, 10 named: 300 − 10 = 290 counted.
    expect(describeDerivationStep(tiedShare(300), memo, (id) => id.toUpperCase())).toMatch(
      /; decimalerna var lika stora för P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 och 290 till, och ordningen i dokumentet avgjorde\.$/,
    )
  })
})

describe('describeDerivationStep, an equal split', () => {
  test('shows the division of a line split in equal parts, also when it comes out whole', () => {
    // 1 200 000 kr to three kommunalförbund in equal parts: 1 200 000 / 3 = 400 000 exactly, nothing rounded.
    const split: DerivationStep = {
      type: 'split',
      by: 'members',
      member: 'norra',
      base: new Decimal(1_200_000),
      amount: new Decimal(400_000),
      rounding: { policy: 'largest-remainder', exact: Rational.of(1_200_000, 3), delta: new Decimal(0) },
      at: { file: 'f.yaml', span: [0, 1] },
    }
    expect(describeDerivationStep(split, memo, () => 'Norra Ytterläns kommunalförbund')).toBe(
      'Norra Ytterläns kommunalförbund: av 1\u00a0200\u00a0000\u00a0kr, lika delar: 1\u00a0200\u00a0000 / 3 = 400\u00a0000\u00a0kr.',
    )
  })
})
