import { Decimal } from 'decimal.js'
import { Rational } from '@fordela/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateWorkspace } from '../../src/evaluate-workspace.js'
import type { AllocationEvaluation } from '../../src/allocation/allocation-evaluation.js'
import type { Derivation, RoundingEffect } from '../../src/derivation/derivation.js'
import { loadMemoryWorkspace } from './memory-workspace.js'
import { checkProperty } from '../../../../test/properties/property-options.js'

// Properties of a whole evaluation, with a fixed seed (test/properties/property-options.ts): a county of up to twelve
// kommuner, parties a and b and a group g of up to four members m0…m3, one fund and steps of lines
// under any rounding policy. Every line carries `purpose: l<n>` so it can be found after a reorder.

const PARTY_IDS = new Set(['a', 'b', 'g', 'm0', 'm1', 'm2', 'm3'])

const quantity = fc.oneof(
  fc.integer({ min: 0, max: 50_000 }).map((amount) => ({ to: fc.constantFrom('a', 'b'), text: `amount: ${amount}` })),
  fc.integer({ min: 0, max: 20_000 }).map((each) => ({ to: fc.constant('g'), text: `each: ${each}` })),
  fc
    .record({ num: fc.integer({ min: 0, max: 6 }), den: fc.integer({ min: 1, max: 12 }) })
    .filter(({ num, den }) => num <= den)
    .map(({ num, den }) => ({ to: fc.constantFrom('a', 'b', 'g'), text: `share: ${num}/${den}` })),
)
const line = quantity.chain(({ to, text }) => to.map((recipient) => ({ recipient, text })))
const split = fc.constantFrom('folkmangd', 'equal')

const scenario = fc.record({
  amount: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  weights: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 12 }),
  members: fc.integer({ min: 1, max: 4 }),
  steps: fc.array(fc.array(fc.record({ line, split }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  policy: fc.constantFrom('largest-remainder', 'half-up', 'floor'),
})
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never

/** The three files of a scenario; the closing rest line is in the last step (`restInLastStep`) or a step of its own. */
function writeFiles(s: Scenario, restInLastStep = false): Record<string, string> {
  const units = s.weights.map(
    (weight, index) => `  - { id: K${index}, name: K${index}, values: { folkmangd: ${weight} } }`,
  )
  const members = Array.from({ length: s.members }, (_, m) => {
    const owned = s.weights.map((_, index) => index).filter((index) => index % s.members === m)
    return `      - { id: m${m}, name: M${m}, units: [${owned.map((index) => `K${index}`).join(', ')}] }`
  })
  let tag = 0
  const written = s.steps.map((lines) =>
    lines.map(
      ({ line: l, split: by }) =>
        `{ to: ${l.recipient}, ${l.text}${l.recipient === 'g' && !l.text.startsWith('each') ? `, split: ${by}` : ''}, purpose: l${tag++} }`,
    ),
  )
  const rest = '{ to: b, rest: true, purpose: resten }'
  const steps = restInLastStep ? [...written.slice(0, -1), [...(written.at(-1) ?? []), rest]] : [...written, [rest]]
  return {
    'pop.yaml': `apiVersion: fordela/v1\nkind: Dataset\nid: pop\ntitle: P\nunitKind: kommun\nreferenceDate: 2025-01-01\nsource: { publisher: T }\nmeasures: [{ id: folkmangd }]\nunits:\n${units.join('\n')}\n`,
    'p.yaml': `apiVersion: fordela/v1\nkind: Parties\nid: p\ntitle: P\ncounty: { code: "99", name: L }\ndataset: ./pop.yaml\nparties:\n  - { id: a, name: A }\n  - { id: b, name: B }\ngroups:\n  - id: g\n    name: G\n    members:\n${members.join('\n')}\n`,
    'x.yaml': `apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: X\nyear: 2025\nparties: ./p.yaml\nrounding: ${s.policy}\nfunds:\n  - { id: f, amount: ${s.amount} }\nsections:\n  - id: s\n    title: S\n    fund: f\n    steps:\n${steps.map((lines) => `      - lines:\n${lines.map((l) => `          - ${l}`).join('\n')}`).join('\n')}\n`,
  }
}

/** Loads and evaluates a scenario's files, listed in `order`. */
async function evaluate(files: Record<string, string>, order?: (names: string[]) => string[]) {
  const evaluated = evaluateWorkspace(await loadMemoryWorkspace(files, order))
  const allocation = [...evaluated.allocations.values()][0]
  if (!allocation)
    throw new Error(`the allocation did not load: ${evaluated.diagnostics.map((d) => d.message.en).join('; ')}`)
  return { allocation, diagnostics: evaluated.diagnostics }
}

describe('allocation properties (fast-check, fixed seed)', () => {
  it('parts never exceed the whole under any policy without an error saying so', async () => {
    await checkProperty(scenario, async (s) => {
      const { allocation, diagnostics } = await evaluate(writeFiles(s))
      const errors = diagnostics.filter((d) => d.severity === 'error')
      const handedOut = allocation.allotments.reduce((sum, a) => sum.plus(a.amount), new Decimal(0))
      if (handedOut.gt(allocation.funds[0]!.amount!)) expect(errors.length).toBeGreaterThan(0)
      for (const evaluated of allocation.sections.flatMap((section) => section.steps.flatMap((step) => step.lines))) {
        const members = evaluated.members.reduce((sum, member) => sum.plus(member.amount), new Decimal(0))
        if (members.gt(evaluated.amount)) expect(errors.map((e) => e.code)).toContain('sum/rounding-overdraws')
      }
    })
  }, 600_000)

  it('every tie and every leftover krona in a derivation names real parts, winners among them', async () => {
    await checkProperty(scenario, async (s) => {
      const { allocation } = await evaluate(writeFiles(s))
      for (const rounding of roundingsOf(allocation)) {
        const { tie, leftover } = rounding
        for (const id of [...(tie?.parts ?? []), ...(leftover?.winners ?? [])])
          expect(PARTY_IDS.has(id), `"${id}" names no part`).toBe(true)
        for (const id of tie?.winners ?? []) expect(tie?.parts).toContain(id)
        if (leftover?.rank !== undefined) expect(leftover.rank).toBeLessThanOrEqual(leftover.competing)
      }
    })
  }, 600_000)

  it("a derivation's arithmetic, re-computed from its own steps, equals the amount", async () => {
    await checkProperty(scenario, async (s) => {
      const { allocation } = await evaluate(writeFiles(s))
      for (const entry of listDerivedAmounts(allocation)) {
        for (const step of entry.derivation) {
          if (step.type !== 'share' && step.type !== 'split') continue
          const { rounding } = step
          const base = Rational.fromDecimal(step.base)
          if (step.type === 'share') expect(base.mul(step.share).equals(rounding.exact)).toBe(true)
          if (step.type === 'split' && step.weight)
            expect(base.mul(step.weight.value).div(step.weight.total).equals(rounding.exact)).toBe(true)
          // Whole kronor: the floor of the exact value plus what rounding moved.
          expect(rounding.exact.floor() + BigInt(rounding.delta.toFixed())).toBe(BigInt(step.amount.toFixed()))
        }
        const last = entry.derivation.at(-1)
        if (last?.type === 'split' && entry.amount !== undefined)
          expect(last.amount.toFixed()).toBe(entry.amount.toFixed())
      }
    })
  }, 600_000)

  it('the order of files never changes any amount or finding', async () => {
    const names = ['pop.yaml', 'p.yaml', 'x.yaml']
    await checkProperty(
      fc.tuple(scenario, fc.shuffledSubarray(names, { minLength: 3, maxLength: 3 })),
      async ([s, order]) => {
        const files = writeFiles(s)
        const [listed, reordered] = [await evaluate(files), await evaluate(files, () => order)]
        expect(describeAmounts(reordered.allocation)).toEqual(describeAmounts(listed.allocation))
        expect(reordered.diagnostics.map((d) => `${d.code} ${d.file} ${d.span}`)).toEqual(
          listed.diagnostics.map((d) => `${d.code} ${d.file} ${d.span}`),
        )
      },
    )
  }, 600_000)

  it('the order of lines within a step changes only how a recorded tie is decided', async () => {
    const oneStep = scenario.map((s) => ({ ...s, steps: s.steps.slice(0, 1) }))
    await checkProperty(fc.tuple(oneStep, fc.nat()), async ([s, seed]) => {
      const lines = s.steps[0] ?? []
      const permuted = lines.map((_, index) => lines[(index + seed) % lines.length]!)
      const before = await evaluate(writeFiles(s, true))
      const after = await evaluate(writeFiles({ ...s, steps: [permuted] }, true))
      // Which share overflows the whole depends on the order; that is an error, and a spec with errors is not the claim.
      if ([...before.diagnostics, ...after.diagnostics].some((d) => d.severity === 'error')) return
      const tied = new Set([...tiedLines(before.allocation), ...tiedLines(after.allocation)])
      const amounts = (evaluation: AllocationEvaluation) => new Map(lineAmounts(evaluation))
      const [first, second] = [amounts(before.allocation), amounts(after.allocation)]
      // The tags follow the lines: l<n> is the n-th drawn line wherever it now stands.
      const retag = new Map(permuted.map((_, index) => [`l${index}`, `l${lines.indexOf(permuted[index]!)}`]))
      for (const [tag, amount] of second) {
        const original = retag.get(tag) ?? tag
        if (tied.has(tag) || tied.has(original)) continue
        expect(amount, `line ${original} moved without a recorded tie`).toBe(first.get(original))
      }
    })
  }, 600_000)
})

/** Every amount with a derivation: each fund's, then each allotment's (what `fordela explain --format json` lists). */
function listDerivedAmounts(
  allocation: AllocationEvaluation,
): { amount: Decimal | undefined; derivation: Derivation }[] {
  return [...allocation.funds, ...allocation.allotments].map((entry) => ({
    amount: entry.amount,
    derivation: entry.derivation,
  }))
}

/** Every rounding record of every derivation. */
function roundingsOf(allocation: AllocationEvaluation): RoundingEffect[] {
  return listDerivedAmounts(allocation).flatMap((entry) =>
    entry.derivation.flatMap((step) => ('rounding' in step && step.rounding ? [step.rounding] : [])),
  )
}

/** Each recipient's amount per section, sorted, as text. */
function describeAmounts(allocation: AllocationEvaluation): string[] {
  return allocation.allotments.map((a) => `${a.section} ${a.fund} ${a.recipient} ${a.amount.toFixed()}`).sort()
}

/** Each line's amount by its purpose tag. */
function lineAmounts(allocation: AllocationEvaluation): [string, string][] {
  return allocation.sections.flatMap((section) =>
    section.steps.flatMap((step) =>
      step.lines.map((l): [string, string] => [l.line.purpose?.value ?? '', l.amount.toFixed()]),
    ),
  )
}

/** The tags of lines whose share a tie decided, and the rest line when the step's remainder was in one. */
function tiedLines(allocation: AllocationEvaluation): string[] {
  return allocation.sections.flatMap((section) =>
    section.steps.flatMap((step) =>
      step.lines.flatMap((l) => {
        const own = l.derivation.at(-1)
        if (own?.type !== 'share' || !own.rounding.tie) return []
        return [l.line.purpose?.value ?? '', ...(own.rounding.tie.rest ? ['resten'] : [])]
      }),
    ),
  )
}
