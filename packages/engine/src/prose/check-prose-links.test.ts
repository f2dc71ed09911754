import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { findProseLinks } from './find-prose-links.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Testlän }
parties:
  - { id: region, name: Regionen }
`

// Line 8 is `  Se [strategin](<target>) och`: the target starts at column 18 (2 + "Se [strategin](" = 17 characters).
const allocation = (target: string): string => `apiVersion: fordela/v1
kind: Allocation
id: f
title: F
year: 2025
parties: ./parter.yaml
summary: |
  Se [strategin](${target}) och
  [regeringen](https://www.regeringen.se).
funds:
  - { id: a, amount: 100 }
sections:
  - id: s
    title: S
    fund: a
    steps: [{ lines: [{ to: region, rest: true }] }]
`

async function lintLinks(text: string): Promise<{ found: string[]; message?: string }> {
  const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, 'f.yaml': text })
  const links = evaluateWorkspace(workspace).diagnostics.filter((d) => d.code === 'prose/unsafe-link')
  return {
    found: links.map((d) => `${d.code} ${d.severity} ${describeRange(workspace, d)}`),
    ...(links[0] ? { message: links[0].message.sv } : {}),
  }
}

describe('prose/unsafe-link', () => {
  it('accepts http and https links', async () => {
    expect((await lintLinks(allocation('http://example.org/strategi'))).found).toEqual([])
  })

  it('reports a javascript: link at its target, with what is wrong', async () => {
    // `javascript:alert(1)` is 19 characters: columns 18–37.
    const { found, message } = await lintLinks(allocation('javascript:alert(1)'))
    expect(found).toEqual(['prose/unsafe-link warning f.yaml 8:18-8:37'])
    expect(message).toBe(
      "Länken till 'javascript:alert(1)' blir ingen länk i beslutsunderlaget: bara http- och https-adresser länkas, inte javascript:. Texten skrivs ut som den står.",
    )
  })

  it('reports data:, mailto:, relative and host-less targets', async () => {
    for (const [target, kind] of [
      ['data:text/html,x', 'scheme'],
      ['mailto:a@b.se', 'scheme'],
      ['../bilaga.pdf', 'relative'],
      ['https:/x', 'malformed'],
    ] as const) {
      const { found } = await lintLinks(allocation(target))
      expect(found, target).toEqual([`prose/unsafe-link warning f.yaml 8:18-8:${18 + target.length}`])
      expect(findProseLinks(`[x](${target})`)[0]?.unsafe?.kind, target).toBe(kind)
    }
  })
})
