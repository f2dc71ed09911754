import { evaluateWorkspace } from '@fordela/engine'
import { describe, expect, it } from 'vitest'
import { loadFiles } from '../__fixtures__/memory-workspace.js'
import { traceAllocation } from './trace-allocation.js'
import { formatTraceText } from './trace-node.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: test-parter
title: Testparter
county: { code: "99", name: Exempellän }
parties:
  - { id: region, name: Region Exempel }
  - { id: brukare, name: Brukarrådet }
groups:
  - id: forbund
    name: Kommunalförbunden
    members:
      - { id: nord, name: Norra förbundet }
      - { id: syd, name: Södra förbundet }
`

/**
 * An earmarked pot spread over two sections, its size never stated:
 * section barn takes 200 000 (region) + 2 × 50 000 (each förbund) = 300 000,
 * section vuxna takes 150 000 (brukare); the pot is 300 000 + 150 000 = 450 000.
 */
function allocation(summary: string, extraLine = ''): string {
  return `apiVersion: fordela/v1
kind: Allocation
id: test-derived
title: Test
year: 2026
parties: ./parter.yaml
summary: |
  ${summary}
funds:
  - { id: bas, amount: 1 000 000 }
  - { id: oronmarkt, title: Öronmärkta medel, derived: true }
sections:
  - id: barn
    title: Barn
    fund: bas
    steps:
      - lines:
          - { to: region, rest: true }
          - { to: region, amount: 200 000, fund: oronmarkt }
          - { to: forbund, each: 50 000, fund: oronmarkt }
  - id: vuxna
    title: Vuxna
    fund: oronmarkt
    steps:
      - lines:
          - { to: brukare, amount: 150 000 }
${extraLine}`
}

describe('the trace of a derived: true fund', () => {
  it('shows each line behind the amount in explain', async () => {
    const workspace = await loadFiles({ 'parter.yaml': PARTIES, 'a.yaml': allocation('Text.') })
    const [evaluation] = evaluateWorkspace(workspace).allocations.values()
    const lines = formatTraceText(
      traceAllocation(evaluation!, { fund: 'oronmarkt', lookup: (id) => workspace.documentById(id) }),
    ).split('\n')
    expect(lines.slice(3, 9)).toEqual([
      '  Öronmärkta medel (oronmarkt): 450 000 kr',
      '    Fördelningen anger inget belopp; fondens belopp är summan av raderna som tar ur den:',
      '      Region Exempel (avsnitt barn): 200 000 kr',
      '      Kommunalförbunden (avsnitt barn): 100 000 kr',
      '      Brukarrådet (avsnitt vuxna): 150 000 kr',
      '    Summa: 200 000 + 100 000 + 150 000 = 450 000 kr',
    ])
  })
})
