import { afterAll, expect, test } from 'vitest'
import { evaluateWorkspace } from '../../src/index.js'
import { loadWorkspace } from '@fordela/parser'
import { listHostileCases } from '../../../../test/hostile/list-hostile-cases.js'
import { expectPrototypesUntouched, snapshotPrototypes } from '../../../../test/hostile/object-prototypes.js'
import { prepareHostileWorkspace, type HostileWorkspace } from '../../../../test/hostile/prepare-hostile-workspace.js'
import { nodeWorkspaceHost } from '@fordela/parser/node'

let workspace: HostileWorkspace | undefined
afterAll(() => workspace?.remove())

test('ids and units named after Object.prototype’s properties are ordinary names, counted to the krona', async () => {
  const hostile = listHostileCases().find((c) => c.name === 'prototype-names')
  if (!hostile) throw new Error('the prototype-names case is missing')
  workspace = await prepareHostileWorkspace(hostile)
  const before = snapshotPrototypes()
  const evaluation = evaluateWorkspace(await loadWorkspace({ host: nodeWorkspaceHost, root: workspace.root }))
  expectPrototypesUntouched(before)
  const [allocation] = [...evaluation.allocations.values()]
  if (!allocation) throw new Error('the allocation was not evaluated')
  // Weights (folk.csv): __proto__ 10 + constructor 20 + toString 30 = 60 for member proto,
  // hasOwnProperty 15 + valueOf 25 = 40 for has-own-property.
  // Fund constructor, 1 000 000: 1 to party constructor; 1/2 = 500 000 to group prototype by
  // folk, 60:40 = 300 000 and 200 000; the rest, 1 000 000 − 1 − 500 000 = 499 999, equally:
  // 249 999,5 each, and the tied krona goes to the first member, proto.
  // Fund prototype, 7: all of it to party constructor.
  expect(
    ['constructor', 'prototype', 'proto', 'has-own-property', 'toString', '__proto__'].map(
      (id) => `${id} ${allocation.totalFor(id).toFixed()}`,
    ),
  ).toEqual([
    'constructor 8',
    'prototype 999999',
    'proto 550000',
    'has-own-property 449999',
    'toString 0',
    '__proto__ 0',
  ])
  // 8 + 999 999 = 1 000 007, both funds to the krona.
  expect(
    allocation.funds.map((fund) => `${fund.fund.id.value} ${fund.amount?.toFixed()} ${fund.spent.toFixed()}`),
  ).toEqual(['constructor 1000000 1000000', 'prototype 7 7'])
  expect(allocation.party('toString')).toBeUndefined()
  expect(allocation.party('__proto__')).toBeUndefined()
  expect(allocation.party('constructor')?.type).toBe('party')
})
