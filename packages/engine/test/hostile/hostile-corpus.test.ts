import { afterAll, describe, expect, test } from 'vitest'
import { evaluateWorkspace } from '../../src/index.js'
import { loadWorkspace } from '@fordela/parser'
import { listHostileCases } from '../../../../test/hostile/list-hostile-cases.js'
import { describeFinding, expectPlaceWithin, readFindingText } from '../../../../test/hostile/locate-findings.js'
import { expectPrototypesUntouched, snapshotPrototypes } from '../../../../test/hostile/object-prototypes.js'
import { prepareHostileWorkspace, type HostileWorkspace } from '../../../../test/hostile/prepare-hostile-workspace.js'
import { nodeWorkspaceHost } from '@fordela/parser/node'

// How long each case takes is measured by `npm run bench:hostile` (bench/hostile-bench.mjs),
// not here: a test asserts what is said, never how fast.

const prepared: HostileWorkspace[] = []
afterAll(async () => {
  for (const workspace of prepared.splice(0)) await workspace.remove()
})

describe.each(listHostileCases())('hostile input: $name', (hostile) => {
  test('is read and evaluated without throwing, with exactly the expected findings, each placed within its file', async () => {
    const workspace = await prepareHostileWorkspace(hostile)
    prepared.push(workspace)
    const prototypes = snapshotPrototypes()
    const loaded = await loadWorkspace({
      host: nodeWorkspaceHost,
      root: workspace.root,
      ...(hostile.lint ? { paths: hostile.lint } : {}),
    })
    const evaluation = evaluateWorkspace(loaded)
    expectPrototypesUntouched(prototypes)
    const textOf = (file: string): string => readFindingText(workspace.root, loaded.texts, file)
    for (const diagnostic of evaluation.diagnostics) {
      expectPlaceWithin(diagnostic, textOf(diagnostic.file))
      for (const related of diagnostic.related ?? []) expectPlaceWithin(related, textOf(related.file))
      expect(diagnostic.message.sv.length * diagnostic.message.en.length).toBeGreaterThan(0)
    }
    expect(evaluation.diagnostics.map((d) => describeFinding(d, textOf(d.file)))).toEqual(hostile.expected)
  })
})
