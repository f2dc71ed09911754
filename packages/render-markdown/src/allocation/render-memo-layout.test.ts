import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import type { SpecDocument } from '@fordela/parser'
import { showNbsp } from '../__fixtures__/markdown-text.js'
import { evaluateFiles } from '../__fixtures__/memory-workspace.js'
import { lintMarkdown, parseMarkdown, readTables } from '../__fixtures__/read-markdown.js'
import { renderDocument } from '../render-document.js'

const STRATEGY = readFileSync(
  new URL('../../../../examples/nationellt/nationell-strategi-2025-2034.yaml', import.meta.url),
  'utf8',
)

const PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Testlän }
parties:
  - { id: region, name: Regionen }
  - { id: brukarradet, name: Brukarrådet }
groups:
  - id: forbund
    name: Förbunden
    members:
      - { id: a, name: A }
      - { id: b, name: B }
`

// Fund medel: 600 000 to the region and the rest, 400 000, to Brukarrådet: 1 000 000.
// Fund barn (derived): 100 000 to each of the two förbund = 200 000. In all 1 200 000.
// Section samverkan gives 600 000 + 200 000 = 800 000 and serves delmål 1 and 2; brukare 400 000, delmål 6.
const ALLOCATION = `apiVersion: fordela/v1
kind: Allocation
id: layout
title: Layout
year: 2026
parties: ./parter.yaml
strategy: ./strategi.yaml
decisionLead: |
  Genom ordförandebeslut ställer sig organet bakom
decisions:
  - sections: [brukare]
    text: förslaget om brukarnas {{ section.brukare | says "400 000 kronor" }}.
  - att medlen rekvireras av regionen.
memo:
  order: [decisions, background, case, summary, economy]
  sectionSummary: true
  goalSummary: true
summary: |
  Sammanfattningen.
funds:
  - { id: medel, title: Medel, amount: 1 000 000 }
  - { id: barn, title: Barn, derived: true }
sections:
  - id: samverkan
    title: Samverkan
    fund: medel
    links: { subgoals: [delmal-1, delmal-2] }
    steps:
      - lines:
          - { to: region, amount: 600 000 }
          - { to: forbund, each: 100 000, fund: barn }
  - id: brukare
    title: Brukare
    fund: medel
    links: { subgoals: [delmal-6] }
    steps:
      - lines:
          - { to: brukarradet, rest: true }
`

let markdown: string
let tables: string[][][]

beforeAll(async () => {
  const evaluation = await evaluateFiles({ 'parter.yaml': PARTIES, 'strategi.yaml': STRATEGY, 'f.yaml': ALLOCATION })
  expect(evaluation.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  const rendered = renderDocument(evaluation, evaluation.workspace.documentById('layout') as SpecDocument)
  markdown = showNbsp(rendered!.markdown)
  tables = readTables(await parseMarkdown(rendered!.markdown)).map((table) => table.map((row) => row.map(showNbsp)))
})

describe('a memo laid out as the spec says', () => {
  test('the parts come in memo.order, the signatories (none here) last', () => {
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Förslag till ställningstagande',
      '## Bakgrund',
      '## Ärende',
      '## Sammanfattning',
      '## Ekonomisk sammanfattning',
    ])
  })

  test("the lead-in is the spec's, and the item naming brukare stands in its place", () => {
    const decisions = markdown.slice(markdown.indexOf('## Förslag'), markdown.indexOf('## Bakgrund'))
    expect(decisions).toBe(
      [
        '## Förslag till ställningstagande',
        '',
        'Genom ordförandebeslut ställer sig organet bakom',
        '',
        '1. förslaget till fördelning av länsgemensamma medel avseende *Samverkan*, för 2026.',
        '2. förslaget om brukarnas 400 000 kronor.', // the says text as written
        '3. att medlen rekvireras av regionen.',
        '',
        '',
      ].join('\n'),
    )
  })

  test('each section has its summary table: per fund with a total column when it draws on two', () => {
    expect(tables).toContainEqual([
      ['Part', 'Medel', 'Barn', 'Totalt'],
      ['Regionen', '600~000~kr', '0~kr', '600~000~kr'],
      ['Förbunden', '0~kr', '200~000~kr', '200~000~kr'],
      ['Totalt', '600~000~kr', '200~000~kr', '800~000~kr'],
    ])
    expect(tables).toContainEqual([
      ['Part', 'Belopp'],
      ['Brukarrådet', '400~000~kr'],
      ['Totalt', '400~000~kr'],
    ])
  })

  test('the money per delmål counts samverkan under both of its delmål, and once in the total', () => {
    expect(tables).toContainEqual([
      ['Område eller delmål', 'Avsnitt', 'Belopp'],
      [
        'Delmål: Ökat fokus på att stärka psykiskt välbefinnande och psykisk hälsa som resurs för individ och samhälle',
        'Samverkan *',
        '800~000~kr',
      ],
      [
        'Delmål: Ökade investeringar i barn och unga för en god psykisk hälsa genom hela livet',
        'Samverkan *',
        '800~000~kr',
      ],
      ['Delmål: Stärkt suicidpreventivt arbete', 'Brukare', '400~000~kr'],
      // 800 000 + 400 000, not 800 000 + 800 000 + 400 000 = 2 000 000.
      ['Totalt', 'varje avsnitt räknat en gång', '1~200~000~kr'],
    ])
    expect(markdown).toContain(
      '\\* *Samverkan* tjänar flera områden eller delmål och står med hela sitt belopp under vart och ett, men räknas bara en gång i totalen.',
    )
  })

  test('passes markdownlint', async () => {
    expect(await lintMarkdown(markdown.replaceAll('~', '\u00a0'))).toEqual([])
  })
})
