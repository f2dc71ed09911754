import { describe, expect, it } from 'vitest'
import { findReferenceCycles } from './find-reference-cycles.js'
import type { ReferenceEdge } from './resolve-references.js'

/** An edge whose reference sits at offset `at` of the referring file. */
function edge(from: string, to: string, at = 10): ReferenceEdge {
  return { from, to, ref: { value: to, at: { file: from, span: [at, at + to.length] } } }
}

describe('findReferenceCycles', () => {
  it('reports a three-file previous cycle once, at the first file, with the other references related', () => {
    const diagnostics = findReferenceCycles([
      edge('c.yaml', 'a.yaml', 30),
      edge('a.yaml', 'b.yaml', 10),
      edge('b.yaml', 'c.yaml', 20),
      edge('d.yaml', 'a.yaml'),
    ])
    expect(diagnostics.map((d) => [d.code, d.file, d.span, d.message.en])).toEqual([
      [
        'ref/cycle',
        'a.yaml',
        [10, 16],
        'The documents refer to each other in a cycle: a.yaml → b.yaml → c.yaml → a.yaml. None of them can then be worked out first.',
      ],
    ])
    expect(diagnostics[0]?.related?.map((r) => [r.file, r.span])).toEqual([
      ['b.yaml', [20, 26]],
      ['c.yaml', [30, 36]],
    ])
  })

  it('reports a document that names itself', () => {
    const diagnostics = findReferenceCycles([edge('a.yaml', 'a.yaml')])
    expect(diagnostics.map((d) => d.message.en)).toEqual([
      'The documents refer to each other in a cycle: a.yaml → a.yaml. None of them can then be worked out first.',
    ])
  })

  it('reports two separate cycles, and none for a chain or a diamond', () => {
    const cycles = findReferenceCycles([edge('a', 'b'), edge('b', 'a'), edge('x', 'y'), edge('y', 'x')])
    expect(cycles.map((d) => d.file)).toEqual(['a', 'x'])
    expect(findReferenceCycles([edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')])).toEqual([])
  })

  it('takes the shortest cycle through the first file of a component', () => {
    // a → b → c → a and a → c → a: the second is shorter.
    const [cycle] = findReferenceCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('a', 'c')])
    expect(cycle?.message.en).toBe(
      'The documents refer to each other in a cycle: a → c → a. None of them can then be worked out first.',
    )
  })

  it('handles a chain of 50 000 previous links without deep recursion', () => {
    const n = 50_000
    const name = (i: number) => `y${String(i).padStart(6, '0')}.yaml`
    const edges = Array.from({ length: n }, (_, i) => edge(name(i), name((i + 1) % n)))
    const diagnostics = findReferenceCycles(edges)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.related).toHaveLength(n - 1)
  })
})
