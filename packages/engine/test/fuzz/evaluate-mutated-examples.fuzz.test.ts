import fc from 'fast-check'
import { describe } from 'vitest'
import { loadWorkspace } from '@fordela/parser'
import { checkDiagnostics } from '../../../../test/fuzz/check-diagnostics.js'
import { fuzzTest } from '../../../../test/fuzz/fuzz-test.js'
import { createMemoryHost, memoryRoot } from '../../../../test/fuzz/memory-workspace-host.js'
import { applyMutations, mutationArbitrary } from '../../../../test/fuzz/mutate-spec-text.js'
import { readExampleFiles } from '../../../../test/fuzz/read-examples.js'
import { evaluateWorkspace } from '../../src/index.js'
import { checkNoNegativeAmounts, describeEvaluation } from '../../../../test/fuzz/check-allocation-invariants.js'

const examples = readExampleFiles()
const mutable = Object.keys(examples)

describe('fuzz: the engine on the real examples', () => {
  fuzzTest({
    target: 'engine',
    name: 'the examples workspace with one file mutated is evaluated without throwing, deterministically, never negative',
    share: 0.02,
    msPerCase: 200,
    arbitrary: fc.tuple(fc.constantFrom(...mutable), fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })),
    check: async ([file, mutations], count) => {
      const files = { ...examples, [file]: applyMutations(examples[file] ?? '', mutations) }
      const workspace = await loadWorkspace({ root: memoryRoot, host: createMemoryHost(files) })
      const evaluation = evaluateWorkspace(workspace)
      // A file refused as text has no entry in texts; its finding points into the text before the refused character.
      checkDiagnostics(evaluation.diagnostics, (path) => workspace.texts.get(path) ?? files[path])
      for (const allocation of evaluation.allocations.values()) checkNoNegativeAmounts(allocation)
      if (describeEvaluation(evaluateWorkspace(workspace)) !== describeEvaluation(evaluation))
        throw new Error('a second evaluation differs')
      count(evaluation.allocations.size > 0 ? 'allocation evaluated' : 'no allocation')
    },
  })
})
