import { beforeAll, describe, expect, test } from 'vitest'
import { byId, loadExamples } from '../__fixtures__/example-workspace.js'
import { checkTableSums, sectionUnder, showNbsp } from '../__fixtures__/markdown-text.js'
import { parseMarkdown, readTables } from '../__fixtures__/read-markdown.js'
import { renderAgreement } from './render-agreement.js'

let markdown: string
let tables: string[][][]

beforeAll(async () => {
  const { evaluation } = await loadExamples()
  const rendered = renderAgreement(byId(evaluation.agreements, 'skr-2025'), {
    resolve: (ref) => evaluation.workspace.resolve(ref),
  })
  markdown = showNbsp(rendered.markdown)
  tables = readTables(await parseMarkdown(rendered.markdown)).map((table) => table.map((row) => row.map(showNbsp)))
})

describe('the 2025 agreement', () => {
  test('the national table with row, column and grand totals', () => {
    // Rows: 93 M; 250 M; 200 + 500 = 700 M; 200 + 288 = 488 M; 29 M. Columns: län 93 + 200 + 200 = 493 M,
    // kommun 250 M, region 500 + 288 = 788 M, SKR 29 M; 493 + 250 + 788 + 29 = 1 560 M (the agreement's total).
    expect(tables[0]?.map((row) => row.slice(1))).toEqual([
      ['Län', 'Kommun', 'Region', 'SKR', 'Summa'],
      ['93~000~000~kr', '–', '–', '–', '93~000~000~kr'],
      ['–', '250~000~000~kr', '–', '–', '250~000~000~kr'],
      ['200~000~000~kr', '–', '500~000~000~kr', '–', '700~000~000~kr'],
      ['200~000~000~kr', '–', '288~000~000~kr', '–', '488~000~000~kr'],
      ['–', '–', '–', '29~000~000~kr', '29~000~000~kr'],
      ['493~000~000~kr', '250~000~000~kr', '788~000~000~kr', '29~000~000~kr', '1~560~000~000~kr'],
    ])
  })

  test('each cell’s rules in words, the each-rules summed per län and per storstadslän', () => {
    // 2 + 1 + 1 = 4 million per län; storstadslänen 3 + 2 + 2 = 7 million.
    expect(
      sectionUnder(markdown, '### 1. Genomförande av den nationella strategin').filter((line) => line !== ''),
    ).toEqual([
      '- Län, 93~000~000~kr: 4~000~000~kr per län, storstadslänen 7~000~000~kr',
      '  - Strategiskt utvecklingsarbete: 2~000~000~kr per län, storstadslänen 3~000~000~kr',
      '  - Patient-, brukar- och anhörigmedverkan i det strategiska utvecklingsarbetet: 1~000~000~kr per län, storstadslänen 2~000~000~kr',
      '  - Införande av vård- och insatsprogram samt personcentrerade och sammanhållna vårdförlopp: 1~000~000~kr per län, storstadslänen 2~000~000~kr',
    ])
    expect(sectionUnder(markdown, '### 4. Stärkt suicidpreventivt arbete').filter((line) => line !== '')).toEqual([
      '- Län, 200~000~000~kr: 5~000~000~kr per län, resten efter folkmängd',
      '- Region, 288~000~000~kr: efter folkmängd',
    ])
    expect(sectionUnder(markdown, '### Strategisk samverkan med berörda myndigheter och utvecklingsarbete')).toContain(
      '- SKR, 29~000~000~kr: hela beloppet till Sveriges Kommuner och Regioner',
    )
  })

  test('every län’s amount per area: 21 rows and a sum row', () => {
    const lan = tables[1] ?? []
    expect(lan[0]).toEqual(['Län', 'Område 1', 'Område 3', 'Område 4', 'Summa'])
    expect(lan.length).toBe(1 + 21 + 1)
    // Västra Götaland (storstadslän): 7 000 000; 200 000 000 × 1 767 016 / 10 551 707 = 33 492 514,53, floored (the
    // 12 kronor left over go to 12 larger remainders); 5 000 000 + 95 000 000 × 1 767 016 / 10 551 707 = 5 000 000 +
    // 15 908 944,40 → 20 908 944. Sum 61 401 458.
    expect(lan.find((row) => row[0] === 'Västra Götalands län')).toEqual([
      'Västra Götalands län',
      '7~000~000~kr',
      '33~492~514~kr',
      '20~908~944~kr',
      '61~401~458~kr',
    ])
    // Stockholm (2 454 821 inhabitants): 200 000 000 × 2 454 821 / 10 551 707 = 46 529 362,50, below the 12 largest remainders.
    expect(lan.find((row) => row[0] === 'Stockholms län')?.[2]).toBe('46~529~362~kr')
    expect(lan.at(-1)).toEqual(['Summa', '93~000~000~kr', '200~000~000~kr', '200~000~000~kr', '493~000~000~kr'])
  })

  test('the kommun column cannot be computed, says why, and shows no amounts', () => {
    expect(sectionUnder(markdown, '## Fördelning per kommun').filter((line) => line !== '')).toEqual([
      'Det här kan inte räknas ut per kommun:',
      '- Område 2, 250~000~000~kr: Datasetet befolkning-kommun-2025-09-30 har inget mått "folkmangd-0-18" (det har folkmangd), så fördelningen kan inte räknas ut och inga belopp hittas på.',
    ])
  })

  test('every table adds up', () => {
    const equal = (actual: bigint, expected: bigint | undefined, what: string) => expect(actual, what).toBe(expected)
    // The national table (5 columns, 6 rows), per län (4 columns, 22 rows), per region (3 columns, 22 rows).
    expect(tables.length).toBe(3)
    expect(tables.reduce((sum, table) => sum + checkTableSums(table, equal), 0)).toBe(5 + 6 + 4 + 22 + 3 + 22)
  })
})
