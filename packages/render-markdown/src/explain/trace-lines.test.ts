import { fileURLToPath } from 'node:url'
import { loadWorkspace } from '@fordela/parser'
import { nodeWorkspaceHost } from '@fordela/parser/node'
import { describe, expect, it } from 'vitest'
import type { LineEvaluation } from '@fordela/engine'
import { evaluateWorkspace } from '@fordela/engine'
import { traceAllocation } from './trace-allocation.js'
import { traceLines } from './trace-lines.js'
import { formatTraceText } from './trace-node.js'

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url))

describe('traceLines', () => {
  it("gives every line of the 2025 Västra Götaland memo exactly its block of fordela explain's text", async () => {
    const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root: examples })
    const memo = [...evaluateWorkspace(workspace).allocations.values()].find(
      (evaluation) => evaluation.allocation.id.value === 'vg-2025-lansgemensamma-medel',
    )!
    const lookup = (id: string) => workspace.documentById(id)
    const whole = formatTraceText(traceAllocation(memo, { lookup }))
    const traces = traceLines(memo, { lookup })
    const all: LineEvaluation[] = []
    const walk = (line: LineEvaluation): void => {
      all.push(line)
      line.children.forEach(walk)
    }
    for (const line of memo.sections.flatMap((section) => section.steps.flatMap((step) => step.lines))) walk(line)
    expect(all.length).toBeGreaterThan(5)
    expect([...traces.keys()]).toEqual(all)
    for (const line of all) {
      // The whole trace indents a line's block by its depth; take the indent off both and compare.
      const block = formatTraceText([traces.get(line)!])
        .trimEnd()
        .split('\n')
      const first = whole.split('\n').findIndex((text) => text.trim() === block[0])
      expect(first, block[0]).toBeGreaterThan(-1)
      const indent = whole.split('\n')[first]!.length - block[0]!.length
      expect(
        whole
          .split('\n')
          .slice(first, first + block.length)
          .map((text) => text.slice(indent)),
      ).toEqual(block)
    }
  })
})
