import { describe } from 'vitest'
import { fuzzTest } from '../../../../test/fuzz/fuzz-test.js'
import { workspaceArbitrary } from '../../../../test/fuzz/arbitrary-allocation-workspace.js'
import { evaluateGeneratedWorkspace } from '../../../../test/fuzz/evaluate-generated-workspace.js'

// The engine's cases are shared: these 30 %, of which one in six is wild
// (overdrawn, shares past the whole, several rest lines), and the renderer's
// tidy cases, which run the same checks before they render.
describe('fuzz: the engine', () => {
  fuzzTest({
    target: 'engine',
    name: 'generated allocations, some wild, evaluate without throwing, deterministically, never negative, parts making wholes when error-free',
    share: 0.3,
    msPerCase: 30,
    arbitrary: workspaceArbitrary,
    check: async (generated, count) => {
      await evaluateGeneratedWorkspace(generated, count)
    },
    minimums: { 'error-free': 0.25, 'with errors': 0.05 },
  })
})
