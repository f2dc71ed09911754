import { describe } from 'vitest'
import { tidyWorkspaceArbitrary } from '../../../../test/fuzz/arbitrary-allocation-workspace.js'
import { fuzzTest } from '../../../../test/fuzz/fuzz-test.js'
import { checkRendering } from './check-rendering.js'

describe('fuzz: the renderer, the memo with its calculation appendix', () => {
  fuzzTest({
    target: ['renderer', 'engine'],
    name: 'generated allocations, nearly all engine-valid, render the memo and its appendix without throwing, the same bytes twice, with no raw HTML',
    share: 0.5,
    msPerCase: 40,
    arbitrary: tidyWorkspaceArbitrary,
    check: (generated, count) => checkRendering(generated, true, count),
    minimums: { 'engine-valid': 0.8 },
  })
})
