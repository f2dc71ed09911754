import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AllocationDocument, DocumentRef, SpecDocument } from '@fordela/parser'
import { beforeAll, expect, test } from 'vitest'
import { byId, loadExamples } from '../__fixtures__/example-workspace.js'
import { sectionUnder, showNbsp } from '../__fixtures__/markdown-text.js'
import { evaluateFiles, type FileTree } from '../__fixtures__/memory-workspace.js'
import { lintMarkdown } from '../__fixtures__/read-markdown.js'
import { renderDocument } from '../render-document.js'
import { traceAllocation } from '../explain/trace-allocation.js'
import { formatTraceText } from '../explain/trace-node.js'
import { renderAllocation } from './render-allocation.js'

const EXPECTED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/vg-2025-bilaga/expected.md')

let markdown: string

beforeAll(async () => {
  const { evaluation } = await loadExamples()
  const allocation = byId(evaluation.allocations, 'vg-2025-lansgemensamma-medel')
  const workspace = evaluation.workspace
  markdown = renderAllocation(allocation, {
    texts: workspace.texts,
    resolve: (ref) => workspace.resolve(ref),
    options: { appendix: true },
  }).markdown
})

test('the appendix is the last part of the memo and matches its golden file', async () => {
  const appendix = markdown.slice(markdown.indexOf('## Bilaga: Beräkningsunderlag'))
  await expect(appendix).toMatchFileSnapshot(EXPECTED)
  expect(await lintMarkdown(markdown)).toEqual([])
})

test('a fund from its agreement cell, with the weight, the rounding and the län that got the leftover kronor', () => {
  // 200 000 000 × 1 767 016 / 10 551 707 = 33 492 514,5286…, shown cut at two decimals. Each län's decimals are
  // (200 000 000 × its folkmängd mod 10 551 707) / 10 551 707, folkmängd from examples/data/befolkning-lan-2023-12-31.csv;
  // the 21 floors leave 12 kronor, which go to the 12 largest (rank, län, folkmängd → numerator of its decimals):
  //    1 Västmanlands län      280 813 → 10 459 851     7 Gotlands län           61 029 →  7 410 680
  //    2 Skåne län           1 421 781 → 10 192 069     8 Jämtlands län         132 572 →  7 340 158
  //    3 Värmlands län         283 548 →  9 968 971     9 Örebro län            308 116 →  7 121 988
  //    4 Södermanlands län     301 944 →  9 117 090    10 Hallands län          343 746 →  6 764 901
  //    5 Uppsala län           404 589 →  8 942 756    11 Jönköpings län        368 856 →  6 231 907
  //    6 Västernorrlands län   242 148 →  8 313 820    12 Dalarnas län          287 253 →  5 793 189
  // and Västra Götaland (1 767 016 → 5 578 602) comes 13th of 21, so it is rounded down. The first ten are named
  // (TIED_PARTS_NAMED), 12 − 10 = 2 are counted.
  expect(sectionUnder(showNbsp(markdown), '### Fonderna')).toContain(
    '  - Resten, 200~000~000~kr, efter folkmängd: 200~000~000 × 1~767~016 / 10~551~707 = 33~492~514,52…~kr, avrundat nedåt till 33~492~514~kr: när alla delar avrundats nedåt blev 12 kronor över, och de gick en i taget till de delar som hade störst decimaler (Västmanlands län, Skåne län, Värmlands län, Södermanlands län, Uppsala län, Västernorrlands län, Gotlands län, Jämtlands län, Örebro län, Hallands län och 2 till), och decimalerna här kom på plats 13 av 21.',
  )
})

test('the thirds of 28 492 514: the two extra kronor went by tie to the first two lines, in document order', () => {
  const lines = sectionUnder(
    showNbsp(markdown),
    '### Fördelningen: Samordnade insatser för personer med komplexa behov',
  )
  const tie =
    // 3 × 9 497 504 = 28 492 512: 2 kronor left, all three decimals equal (2/3), the first two lines win.
    (place: number, direction: string, amount: string): string =>
      `  - Andel 1/3 av 28~492~514~kr: 28~492~514 × 1/3 = 9~497~504,66…~kr, avrundat ${direction} till ${amount}~kr: när alla delar avrundats nedåt blev 2 kronor över, och de gick en i taget till de delar som hade störst decimaler (VGR och Kommunalförbunden), och decimalerna här kom på plats ${place} av 3; decimalerna var lika stora för VGR, Kommunalförbunden och Vårdsamverkansområdena, och ordningen i dokumentet avgjorde.`
  expect(
    lines.filter((line) => line === tie(1, 'uppåt', '9~497~505') || line === tie(2, 'uppåt', '9~497~505')),
  ).toHaveLength(2)
  // The third line lost the tie: it was rounded down, and its appendix says why.
  expect(lines).toContain(tie(3, 'nedåt', '9~497~504'))
})

/**
 * A made-up county, Ytterlän (99), and three made-up neighbours, their codes and
 * populations invented so the arithmetic is easy to follow: 3 + 1 + 2 + 2 = 8.
 */
const FOUR_COUNTIES = `apiVersion: fordela/v1
kind: Dataset
id: fyra-lan
title: Fyra påhittade län
unitKind: lan
referenceDate: 2023-12-31
source: { publisher: Test }
measures: [{ id: folkmangd }]
units:
  - { id: "96", name: Östlän, values: { folkmangd: 3 } }
  - { id: "97", name: Nordlän, values: { folkmangd: 1 } }
  - { id: "98", name: Söderlän, values: { folkmangd: 2 } }
  - { id: "99", name: Ytterlän, values: { folkmangd: 2 } }
`

const SMALL_AGREEMENT = `apiVersion: fordela/v1
kind: Agreement
id: avtal
title: Avtal
year: 2025
columns:
  - { id: lan, title: Län, dataset: ./lan.yaml }
areas:
  - id: omrade
    number: 1
    title: Område
    cells:
      lan:
        amount: 1 000 010
        rules:
          - rest: { by: folkmangd }
`

const SMALL_PARTIES = `apiVersion: fordela/v1
kind: Parties
id: parter
title: Parter
county: { code: "99", name: Ytterlän }
parties:
  - { id: region, name: Region Ytterlän }
`

const SMALL_ALLOCATION = `apiVersion: fordela/v1
kind: Allocation
id: fordelning
title: Fördelning
year: 2025
county: "99"
parties: ./parter.yaml
agreement: ./avtal.yaml
funds:
  - id: f
    title: Fonden
    from: { area: omrade, column: lan }
sections:
  - id: s
    title: S
    fund: f
    links: { area: omrade }
    steps:
      - lines:
          - { to: region, rest: true }
`

/** The small workspace's memo with its appendix (no-break spaces as `~`), its `fordela explain` text and the codes of what the workspace reports. */
async function renderSmall(
  allocation: string,
  files: FileTree = {},
): Promise<{ codes: string[]; markdown: string; explain: string }> {
  const evaluation = await evaluateFiles({
    'lan.yaml': FOUR_COUNTIES,
    'avtal.yaml': SMALL_AGREEMENT,
    'parter.yaml': SMALL_PARTIES,
    'fordelning.yaml': allocation,
    ...files,
  })
  const document = evaluation.workspace.documentById('fordelning') as SpecDocument
  const rendered = renderDocument(evaluation, document, { appendix: true })
  const allocationEvaluation = evaluation.allocations.get(document as AllocationDocument)
  // As the CLI builds explain's context: documents by id, and references (a column's `dataset:`) as the workspace resolves them.
  const lookup = (id: string) => evaluation.workspace.documentById(id)
  const resolve = (ref: DocumentRef) => evaluation.workspace.resolve(ref)
  const explain = allocationEvaluation
    ? formatTraceText(traceAllocation(allocationEvaluation, { lookup, resolve }))
    : ''
  return { codes: evaluation.diagnostics.map((d) => d.code), markdown: showNbsp(rendered?.markdown ?? ''), explain }
}

/** The lines under *Fonderna* of the small workspace's memo, and the codes of what the workspace reports. */
async function renderSmallFunds(
  allocation: string,
  files: FileTree = {},
): Promise<{ codes: string[]; funds: string[] }> {
  const { codes, markdown } = await renderSmall(allocation, files)
  return { codes, funds: sectionUnder(markdown, '### Fonderna').filter((line) => line !== '') }
}

// 1 000 010 × 3/8 = 375 003,75 (Östlän), × 1/8 = 125 001,25 (Nordlän), × 2/8 = 250 002,50 (Söderlän and Ytterlän).
// Floored: 375 003 + 125 001 + 250 002 + 250 002 = 1 000 008, so 2 kronor are left over. The first goes to the
// largest decimals, ,75 (Östlän); Söderlän and Ytterlän tie at ,50 for the second, and document order gives it to
// Söderlän. Ytterlän's decimals rank 3 of 4, and it keeps 250 002 kr. The measure has no title: it goes by its id.
const SMALL_ROUNDING =
  '  - Resten, 1~000~010~kr, efter folkmangd: 1~000~010 × 2 / 8 = 250~002,50~kr, avrundat nedåt till 250~002~kr: när alla delar avrundats nedåt blev 2 kronor över, och de gick en i taget till de delar som hade störst decimaler (Östlän och Söderlän), och decimalerna här kom på plats 3 av 4; decimalerna var lika stora för Söderlän och Ytterlän, och ordningen i dokumentet avgjorde.'

test("an agreement cell's rounding names the län that got the leftover kronor, as the agreement's table names them", async () => {
  const { codes, funds } = await renderSmallFunds(SMALL_ALLOCATION)
  expect(codes).toEqual([])
  expect(funds).toEqual([
    '- Fonden: 250~002~kr',
    // The cell is the county's (99), named as lan.yaml, the column's dataset, names it.
    '  - Överenskommelsen, område 1, kolumn Län, Ytterlän: cellen är 1~000~010~kr.',
    SMALL_ROUNDING,
  ])
})

test("names the län of a fund whose agreement is its own, not the allocation's", async () => {
  const { codes, funds } = await renderSmallFunds(
    SMALL_ALLOCATION.replace('agreement: ./avtal.yaml\n', '').replace(
      'from: { area: omrade, column: lan }',
      'from: { agreement: ./avtal.yaml, area: omrade, column: lan }',
    ),
  )
  // Without the allocation's agreement, the section's link to area omrade cannot be checked.
  expect(codes).toEqual(['link/not-checked'])
  expect(funds).toContain(SMALL_ROUNDING)
})

/** The allocation's own agreement, numbered and titled unlike the fund's: a memo that read it for the fund would say "område 7, kolumn Region". */
const OTHER_AGREEMENT = SMALL_AGREEMENT.replace('id: avtal', 'id: annat')
  .replace('title: Län', 'title: Region')
  .replace('number: 1', 'number: 7')

const OWN_AGREEMENT_FUND = (allocation: string) =>
  allocation.replace(
    'from: { area: omrade, column: lan }',
    'from: { agreement: ./avtal.yaml, area: omrade, column: lan }',
  )

test("a fund that names its own agreement is described by that agreement's area and column, in both places", async () => {
  // Area omrade of avtal.yaml is number 1 and its column lan is titled Län (SMALL_AGREEMENT), so the cell line is
  // "område 1, kolumn Län" and the fund table's source "område 1, länets andel" — with or without an agreement of the
  // allocation's own (here annat.yaml, whose area omrade is number 7 and column lan titled Region).
  const cellLine = '  - Överenskommelsen, område 1, kolumn Län, Ytterlän: cellen är 1~000~010~kr.'
  const tableRow = '| Fonden | 250~002~kr | Överenskommelsen, område 1, länets andel |'
  for (const allocation of [
    OWN_AGREEMENT_FUND(SMALL_ALLOCATION.replace('agreement: ./avtal.yaml\n', '')),
    OWN_AGREEMENT_FUND(SMALL_ALLOCATION.replace('agreement: ./avtal.yaml', 'agreement: ./annat.yaml')),
  ]) {
    const { markdown } = await renderSmall(allocation, { 'annat.yaml': OTHER_AGREEMENT })
    expect(sectionUnder(markdown, '### Fonderna')).toContain(cellLine)
    expect(sectionUnder(markdown, '### Per fond').map((line) => line.replace(/ +/g, ' '))).toContain(tableRow)
  }
})

/** FOUR_COUNTIES with its measure titled, as the agreement column's dataset. */
const TITLED_COUNTIES = FOUR_COUNTIES.replace(
  'measures: [{ id: folkmangd }]',
  'measures: [{ id: folkmangd, title: Folkmängd }]',
)

test("an agreement cell's split is named by the measure of the column's dataset, not the parties'", async () => {
  // The cell is split by folkmangd of lan.yaml, titled Folkmängd: the rule's sentence reads "efter folkmängd"
  // (lower-case inside the sentence), whether the parties have no dataset (SMALL_PARTIES) or one whose measure of
  // the same id has another title (kommuner.yaml, "Invånare i kommunen").
  const KOMMUNER = `apiVersion: fordela/v1
kind: Dataset
id: kommuner
title: Kommuner
unitKind: delomrade
referenceDate: 2023-12-31
source: { publisher: Test }
measures: [{ id: folkmangd, title: Invånare i kommunen }]
units:
  - { id: "9901", name: Ytterby, values: { folkmangd: 5 } }
`
  const expected = SMALL_ROUNDING.replace('efter folkmangd', 'efter folkmängd')
  for (const parties of [SMALL_PARTIES, SMALL_PARTIES.replace('parties:', 'dataset: ./kommuner.yaml\nparties:')]) {
    const { codes, markdown } = await renderSmall(SMALL_ALLOCATION, {
      'lan.yaml': TITLED_COUNTIES,
      'parter.yaml': parties,
      'kommuner.yaml': KOMMUNER,
    })
    expect(codes).toEqual([])
    expect(sectionUnder(markdown, '### Fonderna')).toContain(expected)
  }
})

test("the county is named by the split's data in the memo and in explain, not by the parties file", async () => {
  // The parties call the county "Ytterläns län", lan.yaml (the data the cell was split by) "Ytterlän". Ytterlän's
  // 250 002 kr (1 000 010 × 2/8 = 250 002,50, rounded down: Söderlän won the tie at ,50, see SMALL_ROUNDING) are
  // explained under that name in both outputs, and "Ytterläns län" names no unit of the cell in either.
  const { markdown, explain } = await renderSmall(SMALL_ALLOCATION, {
    'parter.yaml': SMALL_PARTIES.replace('name: Ytterlän }', 'name: Ytterläns län }'),
  })
  expect(sectionUnder(markdown, '### Fonderna')).toContain(SMALL_ROUNDING)
  const fundTrace = explain.split('\n').filter((line) => line.includes('250 002 kr av 1 000 010 kr'))
  expect(fundTrace).toHaveLength(1)
  expect(fundTrace[0]).toMatch(/^ +Ytterlän får 250 002 kr av 1 000 010 kr efter folkmangd: /)
  expect(fundTrace[0]).toContain(
    'decimalerna var lika stora för Söderlän och Ytterlän, och ordningen i dokumentet avgjorde',
  )
})

test("the appendix's cell line and the fund table name the fund's unit by the column's dataset, else say its code", async () => {
  // The fund takes Söderlän's (98) part of the cell: 1 000 010 × 2/8 = 250 002,50, and Söderlän won the tie at ,50
  // for the second leftover krona (SMALL_ROUNDING), so 250 003 kr. lan.yaml names 98 "Söderlän": both lines say so.
  const named = await renderSmall(
    SMALL_ALLOCATION.replace('from: { area: omrade, column: lan }', 'from: { area: omrade, column: lan, unit: "98" }'),
  )
  expect(sectionUnder(named.markdown, '### Fonderna')).toContain(
    '  - Överenskommelsen, område 1, kolumn Län, Söderlän: cellen är 1~000~010~kr.',
  )
  expect(sectionUnder(named.markdown, '### Per fond').map((line) => line.replace(/ +/g, ' '))).toContain(
    '| Fonden | 250~003~kr | Överenskommelsen, område 1, länets andel, Söderlän |',
  )
  // Unit 95 is in neither lan.yaml nor the parties file (the county is 99): no name exists, so the code stays.
  const unnamed = await renderSmall(
    SMALL_ALLOCATION.replace('from: { area: omrade, column: lan }', 'from: { area: omrade, column: lan, unit: "95" }'),
  )
  expect(unnamed.markdown).toContain('Överenskommelsen, område 1, länets andel, enhet 95; kan inte beräknas')
})

test("a single-recipient column's unit is named by its recipient in the cell line and the fund table", async () => {
  // The column skr has no dataset but one recipient, whose one unit has the column's id: the fund takes its whole
  // cell, 500 000 kr (no rules), and both lines name the recipient instead of "enhet skr".
  const agreement = SMALL_AGREEMENT.replace(
    '  - { id: lan, title: Län, dataset: ./lan.yaml }\n',
    '  - { id: lan, title: Län, dataset: ./lan.yaml }\n  - { id: skr, title: SKR, recipient: Sveriges Kommuner och Regioner }\n',
  ).concat('      skr:\n        amount: 500 000\n')
  const { codes, markdown } = await renderSmall(
    SMALL_ALLOCATION.replace('from: { area: omrade, column: lan }', 'from: { area: omrade, column: skr, unit: skr }'),
    { 'avtal.yaml': agreement },
  )
  expect(codes).toEqual([])
  expect(sectionUnder(markdown, '### Fonderna')).toContain(
    '  - Överenskommelsen, område 1, kolumn SKR, Sveriges Kommuner och Regioner: cellen är 500~000~kr.',
  )
  expect(sectionUnder(markdown, '### Per fond').map((line) => line.replace(/ +/g, ' '))).toContain(
    '| Fonden | 500~000~kr | Överenskommelsen, område 1, kolumnen SKR, Sveriges Kommuner och Regioner |',
  )
})

/** SMALL_AGREEMENT with no weighted rule: the cell is split in equal parts, so no rule names a dataset. */
const EQUAL_AGREEMENT = SMALL_AGREEMENT.replace('- rest: { by: folkmangd }', '- rest: { by: equal }')

test("a cell with no weighted rule names its län by the column's dataset in explain, as in the memo", async () => {
  // 1 000 010 / 4 = 250 002,50 for each of the four län; floored, 4 × 250 002 = 1 000 008, so 2 kronor are left over.
  // All four decimals are ,50, so document order (lan.yaml: 96 Östlän, 97 Nordlän, 98 Söderlän, 99 Ytterlän) gives
  // them to Östlän and Nordlän; Ytterlän's decimals rank 4 of 4 and it keeps 250 002 kr. The parties call the
  // county "Ytterläns län", lan.yaml "Ytterlän": both outputs use lan.yaml's names, not the parties' or the codes,
  // and both show the division, 1 000 010 / 4, before its exact part.
  const { codes, markdown, explain } = await renderSmall(SMALL_ALLOCATION, {
    'avtal.yaml': EQUAL_AGREEMENT,
    'parter.yaml': SMALL_PARTIES.replace('name: Ytterlän }', 'name: Ytterläns län }'),
  })
  expect(codes).toEqual([])
  const ties =
    'när alla delar avrundats nedåt blev 2 kronor över, och de gick en i taget till de delar som hade störst decimaler (Östlän och Nordlän), och decimalerna här kom på plats 4 av 4; decimalerna var lika stora för Östlän, Nordlän, Söderlän och Ytterlän, och ordningen i dokumentet avgjorde'
  expect(sectionUnder(markdown, '### Fonderna')).toContain(
    `  - Resten, 1~000~010~kr, lika delar: 1~000~010 / 4 = 250~002,50~kr, avrundat nedåt till 250~002~kr: ${ties}.`,
  )
  const fundTrace = explain.split('\n').filter((line) => line.includes('250 002 kr av 1 000 010 kr'))
  expect(fundTrace).toEqual([
    `    Ytterlän får 250 002 kr av 1 000 010 kr i lika delar: 1 000 010 / 4 = 250 002,50 → 250 002 (avrundat nedåt: ${ties})`,
  ])
})
