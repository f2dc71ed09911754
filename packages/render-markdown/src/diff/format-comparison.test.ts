import { describe, expect, it } from 'vitest'
import { compareAllocations, evaluateWorkspace, type ComparisonReport } from '@fordela/engine'
import { loadFiles } from '../__fixtures__/memory-workspace.js'
import { formatComparisonData } from './format-comparison-data.js'
import { formatComparisonText } from './format-comparison-text.js'
import { measureUtf8Bytes } from './measure-utf8-bytes.js'
import { renderComparisonMarkdown } from './render-comparison-markdown.js'

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "14", name: Exempellänet }
parties:
  - { id: vgr, name: Regionen }
  - { id: nsph, name: NSPH | Väst }
  - { id: civil, name: Civilsamhället, pool: true }
groups:
  - id: kf
    name: Förbunden
    members:
      - { id: a, name: Förbund A }
      - { id: b, name: Förbund B }
`

// 2025: 1 000 000 → Regionen 450 000, each förbund 200 000 (400 000), NSPH the rest 150 000.
const BEFORE = `apiVersion: fordela/v1
kind: Allocation
id: prov-2025
title: Prov 2025
year: 2025
parties: ./parter.yaml
funds:
  - { id: pott, title: Potten, amount: 1 000 000 }
sections:
  - id: del
    title: Delen
    fund: pott
    steps:
      - lines:
          - { to: vgr, amount: 450 000 }
          - { to: kf, each: 200 000 }
          - { to: nsph, rest: true }
`

// 2026: 1 200 000 → Regionen 400 000, each förbund 300 000 (600 000), NSPH the rest 200 000;
// a new fund of 50 000 to the civil society pool.
const AFTER = `apiVersion: fordela/v1
kind: Allocation
id: prov-2026
title: Prov 2026
year: 2026
parties: ./parter.yaml
funds:
  - { id: pott, title: Potten, amount: 1 200 000 }
  - { id: ny, title: Nya medel, amount: 50 000 }
sections:
  - id: del
    title: Delen
    fund: pott
    steps:
      - lines:
          - { to: vgr, amount: 400 000 }
          - { to: kf, each: 300 000 }
          - { to: nsph, rest: true }
  - id: ny
    title: Nytt
    fund: ny
    steps:
      - lines:
          - { to: civil, amount: 50 000, how: genom ansökan }
`

async function compare(): Promise<ComparisonReport> {
  const workspace = await loadFiles({ 'parter.yaml': PARTIES, '2025.yaml': BEFORE, '2026.yaml': AFTER })
  const evaluations = [...evaluateWorkspace(workspace).allocations.values()]
  const byId = (id: string) => evaluations.find((evaluation) => evaluation.allocation.id.value === id)!
  return { comparisons: [compareAllocations(byId('prov-2025'), byId('prov-2026'))], added: [], removed: [] }
}

describe('formatComparisonText', () => {
  it('aligns funds, sections and parties with before, after, change and percent', async () => {
    // Funds: Potten +200 000 of 1 000 000 = +20 %; Nya medel is new. Total 1 000 000 → 1 250 000, +25 %.
    // Regionen −50 000 of 450 000 = −100/9 % = −11,1 %; NSPH +50 000 of 150 000 = +100/3 % = +33,3 %;
    // the förbund 400 000 → 600 000 (+50 %), each 200 000 → 300 000 (+50 %).
    expect(formatComparisonText(await compare())).toBe(
      [
        'Prov 2025 (2025.yaml) → Prov 2026 (2026.yaml)',
        'Totalt: 1 000 000 kr → 1 250 000 kr, +250 000 kr (+25 %)',
        '',
        'Fond       Före (kr)  Efter (kr)  Förändring (kr)  Procent',
        'Potten     1 000 000   1 200 000         +200 000    +20 %',
        'Nya medel          –      50 000          +50 000       ny',
        '',
        'Avsnitt  Före (kr)  Efter (kr)  Förändring (kr)  Procent',
        'Delen    1 000 000   1 200 000         +200 000    +20 %',
        'Nytt             –      50 000          +50 000       ny',
        '',
        'Part            Före (kr)  Efter (kr)  Förändring (kr)  Procent',
        'Regionen          450 000     400 000          -50 000  -11,1 %',
        'NSPH | Väst       150 000     200 000          +50 000  +33,3 %',
        'Civilsamhället          –      50 000          +50 000       ny',
        'Förbunden         400 000     600 000         +200 000    +50 %',
        '  Förbund A       200 000     300 000         +100 000    +50 %',
        '  Förbund B       200 000     300 000         +100 000    +50 %',
        '',
      ].join('\n'),
    )
  })

  it('says when there is nothing to compare and names allocations only one side has', () => {
    const lonely = { id: 'x', title: 'X 2027', year: 2027, file: 'x.yaml' }
    expect(formatComparisonText({ comparisons: [], added: [], removed: [] }, 'en')).toBe('No allocations to compare.\n')
    expect(formatComparisonText({ comparisons: [], added: [lonely], removed: [] })).toBe(
      'Ny fördelning: X 2027 (x.yaml)\n',
    )
  })
})

describe('formatComparisonData', () => {
  it('gives every amount and percent as strings, exact and rounded', async () => {
    const data = formatComparisonData(await compare()) as { comparisons: { total: unknown; parties: unknown[] }[] }
    expect(data.comparisons[0]?.total).toEqual({
      before: '1000000',
      after: '1250000',
      change: '250000',
      percent: '25.00',
      percentExact: '25',
    })
    // −100/9 = −11,111… → "-11.11".
    expect(data.comparisons[0]?.parties[0]).toEqual({
      id: 'vgr',
      name: 'Regionen',
      kind: 'party',
      before: '450000',
      after: '400000',
      change: '-50000',
      percent: '-11.11',
      percentExact: '-100/9',
    })
    expect(data.comparisons[0]?.parties[2]).toEqual({
      id: 'civil',
      name: 'Civilsamhället',
      kind: 'party',
      before: null,
      after: '50000',
      change: '50000',
      percent: null,
      percentExact: null,
    })
  })
})

describe('renderComparisonMarkdown', () => {
  it("writes tables through the memo's serializer, spec text escaped, with no-break spaces in the figures", async () => {
    const markdown = renderComparisonMarkdown(await compare())
    const lines = markdown.split('\n')
    expect(lines.slice(0, 9)).toEqual([
      '## Förändringar i fördelningen',
      '',
      '### Prov 2025 (`2025.yaml`) → Prov 2026 (`2026.yaml`)',
      '',
      'Totalt: 1\u00a0000\u00a0000\u00a0kr → 1\u00a0250\u00a0000\u00a0kr, +250\u00a0000\u00a0kr (+25\u00a0%)',
      '',
      '| Fond | Före (kr) | Efter (kr) | Förändring (kr) | Procent |',
      '| - | -: | -: | -: | -: |',
      '| Potten | 1\u00a0000\u00a0000 | 1\u00a0200\u00a0000 | +200\u00a0000 | +20\u00a0% |',
    ])
    // The pipe in "NSPH | Väst" is escaped so it cannot end the cell; members are marked under their group.
    expect(lines).toContain('| NSPH \\| Väst | 150\u00a0000 | 200\u00a0000 | +50\u00a0000 | +33,3\u00a0% |')
    expect(lines).toContain('| ↳ Förbund A | 200\u00a0000 | 300\u00a0000 | +100\u00a0000 | +50\u00a0% |')
  })

  it('leaves out table rows from the end, with a note, to stay within the limit', async () => {
    const report = await compare()
    const whole = renderComparisonMarkdown(report)
    // Room for everything but the last table row and the note.
    const limit = measureUtf8Bytes(whole) - 10
    const short = renderComparisonMarkdown(report, { maxBytes: limit, fullReport: 'https://example.org/run/1' })
    expect(measureUtf8Bytes(short)).toBeLessThanOrEqual(limit)
    const lines = short.split('\n')
    // The parties table loses its last rows (Förbund B and more as the note needs room); the note closes the text.
    expect(lines.at(-2)).toMatch(
      /^> \*\*Avkortad:\*\* kommentaren får vara högst \d[\d ]* tecken, så \d+ tabellrader visas inte\. Hela rapporten: \[https:\/\/example\.org\/run\/1\]\(https:\/\/example\.org\/run\/1\)\.$/,
    )
    expect(lines).not.toContain('| ↳ Förbund B | 200\u00a0000 | 300\u00a0000 | +100\u00a0000 | +50\u00a0% |')
    const omitted = Number(/så (\d+) tabellrader/.exec(short)?.[1])
    // 2 funds + 2 sections + 6 parties = 10 rows in all; the ones shown and the ones omitted add up to them.
    expect(
      lines.filter(
        (line) => line.startsWith('| ') && !line.startsWith('| -') && !/^\| (Fond|Avsnitt|Part) \|/.test(line),
      ).length + omitted,
    ).toBe(10)
  })

  it('puts each warning under the heading as a quote, its text inert, and counts it against the limit', async () => {
    const report = await compare()
    const warning = 'a/<img src=x>*b*.yaml (efter): 1 fel\n::error::x'
    const markdown = renderComparisonMarkdown(report, { warnings: [warning] })
    // The tag and the emphasis are escaped, and the line break is a space, so "::error" cannot start a line.
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '## Förändringar i fördelningen',
      '',
      '> **Varning:** a/\\<img src=x>\\*b\\*.yaml (efter): 1 fel ::error::x',
      '',
    ])
    const whole = renderComparisonMarkdown(report)
    const limit = measureUtf8Bytes(whole)
    // The same limit as the text without the warning has: now rows must go to make room for it.
    expect(
      measureUtf8Bytes(renderComparisonMarkdown(report, { warnings: [warning], maxBytes: limit })),
    ).toBeLessThanOrEqual(limit)
    expect(renderComparisonMarkdown(report, { warnings: [warning], maxBytes: limit })).toContain('**Avkortad:**')
  })

  it('stays within GitHub’s 65 535 characters for a comparison of thousands of parties', async () => {
    const report = await compare()
    const [comparison] = report.comparisons
    const row = comparison!.parties[0]!
    // 3 000 rows of about 60 bytes each are about 180 000 bytes, far over the limit.
    const many = Array.from({ length: 3000 }, (_, index) => ({
      ...row,
      id: `p${index}`,
      name: `Kommun nummer ${index} med å, ä och ö`,
    }))
    const long = renderComparisonMarkdown({ ...report, comparisons: [{ ...comparison!, parties: many }] })
    expect(measureUtf8Bytes(long)).toBeLessThanOrEqual(65_535)
    expect(long.length).toBeGreaterThan(60_000)
    expect(long).toMatch(
      /\n> \*\*Avkortad:\*\* kommentaren får vara högst 65 535 tecken, så \d+ tabellrader visas inte\. Hela rapporten: kör `fordela diff` med `--format text`\.\n$/,
    )
  })
})

describe('who gains and who loses per fund', () => {
  it("shows a party's gain in one fund and loss in another that its net of 0 hides", async () => {
    // Two funds of 500 000 each. Before: fund a → Regionen 300 000, NSPH 200 000; fund b → Regionen 200 000,
    // NSPH 300 000. After: fund a → Regionen 400 000 (+100 000), NSPH 100 000 (−100 000); fund b → Regionen
    // 100 000 (−100 000), NSPH 400 000 (+100 000). Both nets are 500 000 → 500 000, a change of 0.
    const allocation = (id: string, year: number, [a1, a2, b1, b2]: number[]) => `apiVersion: fordela/v1
kind: Allocation
id: ${id}
title: ${id}
year: ${year}
parties: ./parter.yaml
funds:
  - { id: a, title: Fond A, amount: 500 000 }
  - { id: b, title: Fond B, amount: 500 000 }
sections:
  - id: sa
    title: SA
    fund: a
    steps:
      - lines:
          - { to: vgr, amount: ${a1} }
          - { to: nsph, amount: ${a2} }
  - id: sb
    title: SB
    fund: b
    steps:
      - lines:
          - { to: vgr, amount: ${b1} }
          - { to: nsph, amount: ${b2} }
`
    const workspace = await loadFiles({
      'parter.yaml': PARTIES,
      '2025.yaml': allocation('f-2025', 2025, [300_000, 200_000, 200_000, 300_000]),
      '2026.yaml': allocation('f-2026', 2026, [400_000, 100_000, 100_000, 400_000]),
    })
    const evaluations = [...evaluateWorkspace(workspace).allocations.values()]
    const byId = (id: string) => evaluations.find((evaluation) => evaluation.allocation.id.value === id)!
    const text = formatComparisonText({
      comparisons: [compareAllocations(byId('f-2025'), byId('f-2026'))],
      added: [],
      removed: [],
    })
    // +100 000 / 300 000 = +33,3 %; −100 000 / 200 000 = −50 %; −100 000 / 200 000 = −50 %; +100 000 / 300 000 = +33,3 %.
    expect(text.split('\n').slice(-8)).toEqual([
      'Ur fonden Fond A  Före (kr)  Efter (kr)  Förändring (kr)  Procent',
      'Regionen            300 000     400 000         +100 000  +33,3 %',
      'NSPH | Väst         200 000     100 000         -100 000    -50 %',
      '',
      'Ur fonden Fond B  Före (kr)  Efter (kr)  Förändring (kr)  Procent',
      'Regionen            200 000     100 000         -100 000    -50 %',
      'NSPH | Väst         300 000     400 000         +100 000  +33,3 %',
      '',
    ])
    // The net rows above them: 500 000 → 500 000 for both, which alone would say nothing changed.
    expect(text).toContain('Regionen       500 000     500 000                0      0 %')
  })
})
