import { describe } from 'vitest'
import { tidyWorkspaceArbitrary } from '../../../../test/fuzz/arbitrary-allocation-workspace.js'
import { fuzzTest } from '../../../../test/fuzz/fuzz-test.js'
import { checkRendering } from './check-rendering.js'

// Half of the renderer's cases (which are engine cases too); the memo with its appendix takes the other half
// in its own file, so that vitest can run the two in parallel.
describe('fuzz: the renderer, the memo without appendix', () => {
  fuzzTest({
    target: ['renderer', 'engine'],
    name: 'generated allocations, nearly all engine-valid, render the memo without throwing, the same bytes twice, with no raw HTML from the spec',
    share: 0.5,
    msPerCase: 40,
    arbitrary: tidyWorkspaceArbitrary,
    check: (generated, count) => checkRendering(generated, false, count),
    minimums: { 'engine-valid': 0.8 },
  })
})
