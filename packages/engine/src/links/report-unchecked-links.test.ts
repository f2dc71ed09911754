import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'

const EXAMPLES = new URL('../../../../examples/', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, EXAMPLES), 'utf8')

/** The real 2025 agreement and strategy, and Västra Götaland's parties with their dataset. */
const DOCUMENTS = {
  'nationellt/avtal.yaml': read('nationellt/skr-2025-overenskommelse.yaml'),
  'nationellt/strategi.yaml': read('nationellt/nationell-strategi-2025-2034.yaml'),
  'data/befolkning-lan-2023-12-31.yaml': read('data/befolkning-lan-2023-12-31.yaml'),
  'data/befolkning-lan-2023-12-31.csv': read('data/befolkning-lan-2023-12-31.csv'),
  'data/befolkning-kommun-2025-09-30.yaml': read('data/befolkning-kommun-2025-09-30.yaml'),
  'data/befolkning-kommun-2025-09-30.csv': read('data/befolkning-kommun-2025-09-30.csv'),
  'vg/parter.yaml': read('vastra-gotaland/parter.yaml'),
}

// Columns counted by hand: `    links: { area: ` is 19 characters, `    links: { subgoals: [` 24 and `    links: { subgoals: [delmal-1, ` 34.
const allocation = (references: string, area: string): string => `apiVersion: fordela/v1
kind: Allocation
id: test
title: Test
year: 2025
parties: ./parter.yaml
${references}funds:
  - { id: egen, amount: 1 000 000 }
sections:
  - id: a
    title: A
    fund: egen
    links: { area: ${area} }
    steps: [{ lines: [{ to: vgr, amount: 400 000 }] }]
  - id: b
    title: B
    fund: egen
    links: { subgoals: [delmal-1, finns-inte] }
    steps: [{ lines: [{ to: nsph, rest: true }] }]
`

/** The link findings of a workspace with one allocation at vg/f.yaml, as `code severity range`. */
async function lintLinks(text: string): Promise<string[]> {
  const workspace = await loadInlineWorkspace({ ...DOCUMENTS, 'vg/f.yaml': text })
  return evaluateWorkspace(workspace)
    .diagnostics.filter((d) => d.code.startsWith('link/'))
    .map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`)
}

describe('link/not-checked', () => {
  it('says, at the first link of each kind, that links without their document cannot be checked', async () => {
    const text = allocation('', 'finns-inte')
    // Line 13 `    links: { area: finns-inte }`: the id at columns 20–30. Line 18: `delmal-1` at 25–33.
    expect(await lintLinks(text)).toEqual([
      'link/not-checked info vg/f.yaml 13:20-13:30',
      'link/not-checked info vg/f.yaml 18:25-18:33',
    ])
    const workspace = await loadInlineWorkspace({ ...DOCUMENTS, 'vg/f.yaml': text })
    const finding = evaluateWorkspace(workspace).diagnostics.find(
      (d) => d.code === 'link/not-checked' && d.span[0] > text.indexOf('subgoals'),
    )
    // Two subgoal links: delmal-1 and finns-inte.
    expect(finding?.message.sv).toBe(
      '2 kopplingar till delmål i strategin kan inte kontrolleras: dokumentet anger ingen strategy:. Ett id som inte finns skulle passera utan anmärkning.',
    )
  })

  it('gives way to the real check once the documents are named: the unknown ids become errors', async () => {
    const found = await lintLinks(
      allocation('agreement: ../nationellt/avtal.yaml\nstrategy: ../nationellt/strategi.yaml\n', 'finns-inte'),
    )
    // The same places as above; `finns-inte` in the subgoals at columns 35–45.
    expect(found).toEqual([
      'link/unknown-area error vg/f.yaml 15:20-15:30',
      'link/unknown-subgoal error vg/f.yaml 20:35-20:45',
    ])
    const fixed = await lintLinks(
      allocation('agreement: ../nationellt/avtal.yaml\nstrategy: ../nationellt/strategi.yaml\n', 'strategi').replace(
        'finns-inte]',
        'delmal-2]',
      ),
    )
    expect(fixed).toEqual([])
  })

  it('says why when the named document cannot be read', async () => {
    const workspace = await loadInlineWorkspace({
      ...DOCUMENTS,
      'vg/f.yaml': allocation('strategy: ./saknas.yaml\nagreement: ../nationellt/avtal.yaml\n', 'strategi'),
    })
    const finding = evaluateWorkspace(workspace).diagnostics.find((d) => d.code === 'link/not-checked')
    expect(finding?.message.en).toBe(
      '2 links to sub-goals (delmål) of the strategy cannot be checked: strategy: names no document that can be read. An id that does not exist would pass unnoticed.',
    )
  })

  it("reports an action plan's links the same way", async () => {
    // Line 10 `    agreementArea: strategi`: columns 20–28; line 14 `        subgoals: [delmal-1]`: 20–28.
    const plan = `apiVersion: fordela/v1
kind: ActionPlan
id: plan
title: Plan
year: 2026
areas:
  - id: a
    title: A
    agreementArea: strategi
    goals:
      - id: g
        text: Ett mål.
        subgoals: [delmal-1]
`
    const workspace = await loadInlineWorkspace({ 'plan.yaml': plan })
    const found = evaluateWorkspace(workspace).diagnostics.map(
      (d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`,
    )
    expect(found).toEqual(['link/not-checked info plan.yaml 9:20-9:28', 'link/not-checked info plan.yaml 13:20-13:28'])
  })
})
