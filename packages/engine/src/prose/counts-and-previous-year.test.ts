import type { Diagnostic, Workspace } from '@fordela/parser'
import { describe, expect, it } from 'vitest'
import { describeRange, loadInlineWorkspace } from '../__fixtures__/load-inline-workspace.js'
import { evaluateWorkspace } from '../evaluate-workspace.js'
import { parseChangeClaim } from './change-claim.js'
import { readCountClaim } from './count-words.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: test-parter
title: Testparter
county: { code: "99", name: Exempellän }
parties:
  - { id: region, name: Region Exempel }
groups:
  - id: forbund
    name: Kommunalförbunden
    members:
      - { id: nord, name: Norra förbundet }
      - { id: syd, name: Södra förbundet }
      - { id: ost, name: Östra förbundet }
`

/** One year: a fund of `amount`, a section with four lines (region 100 000, each förbund 100 000, region the rest). */
function allocation(year: number, amount: string, extra: string, summary = 'Text.'): string {
  return `apiVersion: fordela/v1
kind: Allocation
id: test-${year}
title: Test ${year}
year: ${year}
parties: ./parter.yaml
${extra}summary: |
  ${summary}
funds:
  - { id: medel, amount: ${amount} }
sections:
  - id: a
    title: A
    fund: medel
    steps:
      - lines:
          - { to: region, amount: 100 000 }
          - { to: forbund, each: 100 000 }
      - lines:
          - { to: region, amount: 100 000 }
          - { to: region, rest: true }
`
}

async function findings(
  files: Record<string, string>,
  workspaceCodes: string[] = [],
): Promise<{ workspace: Workspace; found: Diagnostic[] }> {
  const workspace = await loadInlineWorkspace({ 'parter.yaml': PARTIES, ...files })
  expect(workspace.diagnostics.map((d) => d.code)).toEqual(workspaceCodes)
  const found = evaluateWorkspace(workspace).diagnostics.filter((d) => d.code.startsWith('prose/'))
  return { workspace, found }
}

const show = (workspace: Workspace) => (d: Diagnostic) => [
  d.code,
  d.severity,
  describeRange(workspace, d),
  d.message.sv,
]

describe('count(…)', () => {
  it("counts a section's lines over its steps and a group's members", async () => {
    // Section a: 2 + 2 = 4 lines; forbund has 3 members.
    const { found } = await findings({
      'a.yaml': allocation(
        2026,
        '60 000 000',
        '',
        '{{ count(section.a.lines) | says "fyra aktiviteter" }} och {{ count(party.forbund.members) | says "tre" }}',
      ),
    })
    expect(found).toEqual([])
  })

  it('fails when a line is added or removed behind the claim', async () => {
    const { workspace, found } = await findings({
      'a.yaml': allocation(
        2026,
        '60 000 000',
        '',
        '{{ count(section.a.lines) | says "fem aktiviteter" }} {{ count(party.region.members) }}',
      ),
    })
    // `  {{ count(section.a.lines) | says "` is 36 characters: the claim starts at column 37;
    // `region` starts 71 characters into the line.
    expect(found.map(show(workspace))).toEqual([
      [
        'prose/count-not-supported',
        'error',
        'a.yaml 8:37-8:52',
        "'fem aktiviteter' stämmer inte: count(section.a.lines) är fyra.",
      ],
      [
        'prose/unknown-placeholder',
        'error',
        'a.yaml 8:72-8:78',
        "Platshållaren nämner gruppen 'region', som inte finns bland parterna, så dess värde kan inte räknas fram.",
      ],
    ])
  })

  it('reads number words and digits as the first word only', () => {
    expect(readCountClaim('fyra aktiviteter')).toBe(4)
    expect(readCountClaim('ett')).toBe(1)
    expect(readCountClaim('tolv')).toBe(12)
    expect(readCountClaim('21 kommuner')).toBe(21)
    expect(readCountClaim('några')).toBeUndefined()
  })
})

describe('change(…) and previous(…)', () => {
  const previous = allocation(2025, '49 500 000', '')

  it('checks an increase and a decrease against the previous allocation in the workspace', async () => {
    // 60 000 000 − 49 500 000 = 10 500 000: above 10 miljoner, below 11 miljoner.
    const { found } = await findings({
      '2025.yaml': previous,
      '2026.yaml': allocation(
        2026,
        '60 000 000',
        'previous: ./2025.yaml\n',
        '{{ change(total) | says "en ökning på drygt 10 miljoner jämfört med 2025" }}, från {{ previous(total) | says "knappt 50 miljoner" }}; {{ change(fund.medel) | says "drygt 10 miljoner mer" }}',
      ),
    })
    expect(found).toEqual([])
  })

  it('fails when a figure behind the comparison changes, and names the true change', async () => {
    const { workspace, found } = await findings({
      '2025.yaml': previous,
      '2026.yaml': allocation(
        2026,
        '60 000 000',
        'previous: ./2025.yaml\n',
        '{{ change(total) | says "en minskning på drygt 10 miljoner" }} {{ change(total) | says "en ökning på drygt 10 miljoner jämfört med 2024" }}',
      ),
    })
    // `  {{ change(total) | says "` is 27 characters: the first claim (33 characters) starts at column 28;
    // the second (47 characters) 90 characters into the line.
    expect(found.map(show(workspace))).toEqual([
      [
        'prose/change-not-supported',
        'error',
        '2026.yaml 9:28-9:61',
        "'en minskning på drygt 10 miljoner' stämmer inte: total är 60 000 000 kr i år och 49 500 000 kr 2025, en ökning på 10 500 000 kr; påståendet betyder mellan 10 000 000 och 11 000 000 kr.",
      ],
      [
        'prose/change-not-supported',
        'error',
        '2026.yaml 9:91-9:138',
        "'en ökning på drygt 10 miljoner jämfört med 2024' stämmer inte: total är 60 000 000 kr i år och 49 500 000 kr 2025, en ökning på 10 500 000 kr; påståendet betyder mellan 10 000 000 och 11 000 000 kr.",
      ],
    ])
  })

  it('says a comparison cannot be checked when there is no previous allocation, never passing it silently', async () => {
    const { workspace, found } = await findings(
      {
        'a.yaml': allocation(2026, '60 000 000', '', '{{ change(total) | says "en ökning på drygt 10 miljoner" }}'),
        'b.yaml': allocation(2027, '60 000 000', 'previous: ./saknas.yaml\n', '{{ previous(fund.medel) }}'),
      },
      ['ref/unknown-document'],
    )
    expect(found.map(show(workspace))).toEqual([
      [
        'prose/previous-unavailable',
        'info',
        'a.yaml 8:6-8:19',
        'Jämförelsen med föregående år för total kan inte kontrolleras: fördelningen anger inget previous:. Texten skrivs ut som den står, okontrollerad.',
      ],
      [
        'prose/previous-unavailable',
        'info',
        'b.yaml 9:6-9:26',
        'Jämförelsen med föregående år för fund.medel kan inte kontrolleras: previous: pekar inte på en fördelning som går att läsa. Texten skrivs ut som den står, okontrollerad.',
      ],
    ])
  })

  it('reads the forms of a change claim', () => {
    expect(parseChangeClaim('en ökning på drygt 10 miljoner')?.direction).toBe('up')
    expect(parseChangeClaim('minskar med knappt 2 miljoner kronor')?.direction).toBe('down')
    expect(parseChangeClaim('3 miljoner kronor mindre')?.direction).toBe('down')
    expect(parseChangeClaim('oförändrat jämfört med 2024')).toEqual({ direction: 'none', year: 2024 })
    expect(parseChangeClaim('mer pengar')).toBeUndefined()
  })
})
