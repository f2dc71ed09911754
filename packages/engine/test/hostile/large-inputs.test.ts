import { loadWorkspace } from '@fordela/parser'
import { describe, expect, test } from 'vitest'
import { evaluateWorkspace } from '../../src/index.js'
import { countCodes, listLargeInputs } from '../../../../test/hostile/large-inputs.js'
import { createMemoryHost, memoryRoot } from '../../../../test/fuzz/memory-workspace-host.js'

// Each evaluation below was quadratic before its fix (6–8 s here); what it says is checked
// here, how long it takes by `npm run bench:hostile` (bench/hostile-bench.mjs), at n/4 and n.
describe('inputs of many small mistakes: the evaluation reads each line and placeholder', () => {
  test.each(listLargeInputs().filter((input) => input.stage === 'evaluation'))('$name', async ({ files, expected }) => {
    const workspace = await loadWorkspace({ root: memoryRoot, host: createMemoryHost(files) })
    // Loaded without a finding: what follows is the evaluation's alone.
    expect(workspace.diagnostics).toEqual([])
    expect(countCodes(evaluateWorkspace(workspace).diagnostics)).toEqual(expected)
  })
})
