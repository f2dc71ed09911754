import { describe, expect, it } from 'vitest'
import { AGREEMENT, LAN } from '../__fixtures__/county-with-agreement.js'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'

describe('dataset dates', () => {
  it('warns when a column states another population date than its dataset has', async () => {
    const stated = AGREEMENT.replace('dataset: ./lan.yaml }', 'dataset: ./lan.yaml, referenceDate: 2024-11-01 }')
    const workspace = await loadInlineWorkspace({ 'lan.yaml': LAN, 'avtal.yaml': stated })
    const found = evaluateWorkspace(workspace).diagnostics.map(
      (d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`,
    )
    // Line 7: "  - { id: lan, title: Län, dataset: ./lan.yaml, ..." — the path at columns 37–47.
    expect(found).toEqual(['data/dataset-date-mismatch warning avtal.yaml 7:37-7:47'])
    const same = AGREEMENT.replace('dataset: ./lan.yaml }', 'dataset: ./lan.yaml, referenceDate: 2023-12-31 }')
    const clean = await loadInlineWorkspace({ 'lan.yaml': LAN, 'avtal.yaml': same })
    expect(evaluateWorkspace(clean).diagnostics).toEqual([])
  })
})
