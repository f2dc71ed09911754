import { Decimal } from 'decimal.js'
import { parseSpecText, type AllocationDocument, type DatasetDocument, type PartiesDocument } from '@fordela/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertyOptions } from '../../../../test/properties/property-options.js'
import { evaluateAllocation } from './evaluate-allocation.js'

/** Parses an inline spec that must be valid. */
function parse<T>(text: string, file: string): T {
  const parsed = parseSpecText(text, file)
  if (!parsed.document) throw new Error(`${file}: ${parsed.diagnostics.map((d) => d.message.en).join('; ')}`)
  return parsed.document as T
}

/** A dataset of `weights.length` kommuner and parties with one group whose members hold them. */
function county(weights: readonly number[], members: number): { parties: PartiesDocument; dataset: DatasetDocument } {
  const units = weights.map(
    (weight, index) => `  - { id: K${index}, name: K${index}, values: { folkmangd: ${weight} } }`,
  )
  const dataset = parse<DatasetDocument>(
    `apiVersion: fordela/v1\nkind: Dataset\nid: pop\ntitle: P\nunitKind: kommun\nreferenceDate: 2025-01-01\nsource: { publisher: T }\nmeasures: [{ id: folkmangd }]\nunits:\n${units.join('\n')}\n`,
    'pop.yaml',
  )
  const memberLines = Array.from({ length: members }, (_, m) => {
    const owned = weights.map((_, index) => index).filter((index) => index % members === m)
    return `      - { id: m${m}, name: M${m}, units: [${owned.map((index) => `K${index}`).join(', ')}] }`
  })
  const parties = parse<PartiesDocument>(
    `apiVersion: fordela/v1\nkind: Parties\nid: p\ntitle: P\ncounty: { code: "99", name: L }\ndataset: ./pop.yaml\nparties:\n  - { id: a, name: A }\n  - { id: b, name: B }\ngroups:\n  - id: g\n    name: G\n    members:\n${memberLines.join('\n')}\n`,
    'p.yaml',
  )
  return { parties, dataset }
}

const line = fc.oneof(
  fc
    .record({ to: fc.constantFrom('a', 'b'), amount: fc.integer({ min: 0, max: 50_000 }) })
    .map((l) => `{ to: ${l.to}, amount: ${l.amount} }`),
  fc.integer({ min: 0, max: 20_000 }).map((each) => `{ to: g, each: ${each} }`),
  fc
    .record({
      to: fc.constantFrom('a', 'b', 'g'),
      num: fc.integer({ min: 0, max: 6 }),
      den: fc.integer({ min: 1, max: 12 }),
      by: fc.constantFrom('folkmangd', 'equal'),
    })
    .filter((l) => l.num <= l.den)
    .map((l) => `{ to: ${l.to}, share: ${l.num}/${l.den}${l.to === 'g' ? `, split: ${l.by}` : ''} }`),
)

const scenario = fc.record({
  amount: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  weights: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 12 }),
  members: fc.integer({ min: 1, max: 4 }),
  steps: fc.array(fc.array(line, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  policy: fc.constantFrom('largest-remainder', 'half-up', 'floor'),
})

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never

/** Builds and evaluates the allocation a scenario describes; the last step hands the rest to `b`. */
function evaluateScenario(s: Scenario) {
  const { parties, dataset } = county(s.weights, s.members)
  const steps = [...s.steps, ['{ to: b, rest: true }']]
    .map((lines) => `      - lines:\n${lines.map((l) => `          - ${l}`).join('\n')}`)
    .join('\n')
  const allocation = parse<AllocationDocument>(
    `apiVersion: fordela/v1\nkind: Allocation\nid: x\ntitle: X\nyear: 2025\nparties: ./p.yaml\nrounding: ${s.policy}\nfunds:\n  - { id: f, amount: ${s.amount} }\nsections:\n  - id: s\n    title: S\n    fund: f\n    steps:\n${steps}\n`,
    'x.yaml',
  )
  return evaluateAllocation(allocation, { parties, partiesDataset: dataset, lookupAgreement: () => undefined })
}

describe('allocation evaluation invariants (fast-check)', () => {
  it('never hands out a negative amount, and a clean largest-remainder result spends the fund to the krona', {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const evaluation = evaluateScenario(s)
        for (const allotment of evaluation.allotments) expect(allotment.amount.isNegative()).toBe(false)
        const errors = evaluation.diagnostics.filter((d) => d.severity === 'error')
        const handedOut = evaluation.allotments.reduce((sum, a) => sum.plus(a.amount), new Decimal(0))
        const fund = evaluation.funds[0]!
        if (errors.length === 0 && s.policy === 'largest-remainder') {
          expect(fund.spent.equals(fund.amount!)).toBe(true)
          expect(handedOut.equals(fund.amount!)).toBe(true)
        }
        if (errors.length === 0) {
          // Other policies: what is not handed out is exactly what their residual findings name.
          const residuals = evaluation.diagnostics.filter((d) => d.code === 'sum/rounding-residual').length
          if (residuals === 0) expect(handedOut.equals(fund.amount!)).toBe(true)
        }
      }),
      propertyOptions('never hands out a negative amount', 4_000),
    )
  })

  it('splits every group line among its members to the krona under largest remainder', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const evaluation = evaluateScenario({ ...s, policy: 'largest-remainder' })
        for (const section of evaluation.sections) {
          for (const step of section.steps) {
            for (const evaluated of step.lines) {
              if (evaluated.members.length === 0) continue
              const sum = evaluated.members.reduce((acc, member) => acc.plus(member.amount), new Decimal(0))
              expect(sum.equals(evaluated.amount)).toBe(true)
            }
          }
        }
      }),
      propertyOptions('splits every group line to the krona', 4_000),
    )
  })
})
