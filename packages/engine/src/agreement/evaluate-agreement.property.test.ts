import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  Rational,
  type AgreementDocument,
  type DatasetDocument,
  type Located,
  type RoundingPolicy,
} from '@fordela/parser'
import { evaluateAgreement } from './evaluate-agreement.js'
import { propertyOptions } from '../../../../test/properties/property-options.js'

// Documents are built directly (not parsed) so thousands of random cells stay fast.
const at = { file: 'random.yaml', span: [0, 0] as const }
const located = <T>(value: T): Located<T> => ({ value, at })
const kronor = (value: number): Located<Decimal> => located(new Decimal(value))

function buildDataset(weights: readonly number[]): DatasetDocument {
  return {
    kind: 'Dataset',
    apiVersion: 'fordela/v1',
    id: located('random-data'),
    title: located('Random'),
    file: 'random-data.yaml',
    at,
    unitKind: located('lan'),
    referenceDate: located('2024-01-01'),
    source: { publisher: located('test') },
    measures: [{ id: located('w') }],
    units: weights.map((weight, index) => ({
      id: located(`u${index}`),
      name: `Unit ${index}`,
      values: new Map([['w', located(Rational.of(weight))]]),
      at,
    })),
  }
}

function buildAgreement(
  cell: number,
  each: number,
  except: readonly number[],
  exceptAmount: number,
  policy: RoundingPolicy,
): AgreementDocument {
  return {
    kind: 'Agreement',
    apiVersion: 'fordela/v1',
    id: located('random'),
    title: located('Random'),
    file: 'random.yaml',
    at,
    year: located(2025),
    signedBy: [],
    rounding: located(policy),
    unitGroups: [{ id: located('some'), units: except.map((index) => located(`u${index}`)) }],
    columns: [{ id: located('lan'), title: located('Län'), dataset: located('random-data'), at }],
    areas: [
      {
        id: located('area'),
        title: located('Area'),
        at,
        cells: [
          {
            column: located('lan'),
            amount: kronor(cell),
            at,
            rules: [
              {
                type: 'each',
                each: kronor(each),
                except: [{ target: located('some'), amount: kronor(exceptAmount) }],
                at,
              },
              { type: 'rest', by: located('w'), at },
            ],
          },
        ],
      },
    ],
  }
}

const randomCell = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 1, maxLength: 40 }),
    each: fc.integer({ min: 0, max: 5_000_000 }),
    exceptAmount: fc.integer({ min: 0, max: 9_000_000 }),
    extra: fc.integer({ min: 0, max: 2_000_000_000 }),
    policy: fc.constantFrom<RoundingPolicy>('largest-remainder', 'half-up', 'floor'),
    exceptMask: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .filter(({ weights }) => weights.some((weight) => weight > 0))

describe('evaluateAgreement on random cells', () => {
  it('gives out every krona of a cell its rules fill: units plus the rounding residual make the cell', {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(randomCell, ({ weights, each, exceptAmount, extra, policy, exceptMask }) => {
        const except = weights.map((_w, index) => index).filter((index) => exceptMask[index])
        // The fixed amounts: `each` for most units, `exceptAmount` for the group; the rest rule gets `extra`.
        const fixed = weights.reduce((sum, _w, index) => sum + (except.includes(index) ? exceptAmount : each), 0)
        const agreement = buildAgreement(fixed + extra, each, except, exceptAmount, policy)
        const evaluation = evaluateAgreement(agreement, () => buildDataset(weights))
        const [cell] = evaluation.cells
        expect(cell?.complete).toBe(true)
        const given = (cell?.units ?? []).reduce((sum, unit) => sum.plus(unit.amount), new Decimal(0))
        expect(given.plus(cell?.residual ?? 0).toFixed()).toBe(String(fixed + extra))
        if (policy === 'largest-remainder') {
          expect(cell?.residual.toFixed()).toBe('0')
          expect(evaluation.diagnostics).toEqual([])
        }
        // Each unit got its fixed amount plus a whole number of kronor from the rest, never less.
        cell?.units.forEach((unit, index) => {
          const own = except.includes(index) ? exceptAmount : each
          expect(unit.amount.gte(own)).toBe(true)
          expect(unit.amount.isInteger()).toBe(true)
        })
      }),
      propertyOptions('gives out every krona of a cell', 2_000),
    )
  })
})
