import { afterAll, describe, expect, test } from 'vitest'
import { evaluateWorkspace } from '../../../engine/src/index.js'
import { loadWorkspace } from '../../src/index.js'
import { listHostileCases } from './list-hostile-cases.js'
import { describeFinding, expectPlaceWithin, readFindingText } from './locate-findings.js'
import { expectPrototypesUntouched, snapshotPrototypes } from './object-prototypes.js'
import { prepareHostileWorkspace, type HostileWorkspace } from './prepare-hostile-workspace.js'
import { nodeWorkspaceHost } from '../../src/node.js'

/**
 * The requirement is two seconds per input; the slowest case takes a small
 * fraction of that on a 2-core CI machine (docs/reliability.md), so the
 * bound only fails for a real hang or blow-up, not for a busy machine.
 */
const BUDGET_MS = 2000

const prepared: HostileWorkspace[] = []
afterAll(async () => {
  for (const workspace of prepared.splice(0)) await workspace.remove()
})

describe.each(listHostileCases())('hostile input: $name', (hostile) => {
  test('is read and evaluated without throwing, in time, with exactly the expected findings, each placed within its file', async () => {
    const workspace = await prepareHostileWorkspace(hostile)
    prepared.push(workspace)
    const prototypes = snapshotPrototypes()
    const started = performance.now()
    const loaded = await loadWorkspace({ host: nodeWorkspaceHost, root: workspace.root, ...(hostile.lint ? { paths: hostile.lint } : {}) })
    const evaluation = evaluateWorkspace(loaded)
    const elapsed = performance.now() - started
    expectPrototypesUntouched(prototypes)
    expect(elapsed, `${hostile.name} took ${Math.round(elapsed)} ms`).toBeLessThan(BUDGET_MS)
    const textOf = (file: string): string => readFindingText(workspace.root, loaded.texts, file)
    for (const diagnostic of evaluation.diagnostics) {
      expectPlaceWithin(diagnostic, textOf(diagnostic.file))
      for (const related of diagnostic.related ?? []) expectPlaceWithin(related, textOf(related.file))
      expect(diagnostic.message.sv.length * diagnostic.message.en.length).toBeGreaterThan(0)
    }
    expect(evaluation.diagnostics.map((d) => describeFinding(d, textOf(d.file)))).toEqual(hostile.expected)
  })
})
