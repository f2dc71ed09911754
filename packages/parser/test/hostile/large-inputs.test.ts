import { describe, expect, test } from 'vitest'
import { defaultYamlLimits, loadYaml, validateDocument } from '../../src/index.js'
import { countCodes, listLargeInputs } from '../../../../test/hostile/large-inputs.js'

// Each schema check below was quadratic before its fix (3–8 s here); what it says is checked
// here, how long it takes by `npm run bench:hostile` (bench/hostile-bench.mjs), at n/4 and n.
describe('inputs of many small mistakes: the schema check reports each, once', () => {
  test.each(listLargeInputs().filter((input) => input.stage === 'validation'))('$name', ({ kind, files, expected }) => {
    const text = files['x.yaml']!
    // An input a pull request can send: under the file limit, read without hitting a limit.
    expect(new TextEncoder().encode(text).length).toBeLessThan(defaultYamlLimits.maxFileBytes)
    const { root, diagnostics } = loadYaml(text, 'x.yaml')
    expect(diagnostics).toEqual([])
    if (!root) throw new Error('the text did not load')
    expect(countCodes(validateDocument(kind, root, 'x.yaml'))).toEqual(expected)
  })
})
