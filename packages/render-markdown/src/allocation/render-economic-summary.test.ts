import { expect, test } from 'vitest'
import type { SpecDocument } from '@fordela/parser'
import { checkTableSums, showNbsp } from '../__fixtures__/markdown-text.js'
import { evaluateFiles, readExampleFiles, replaceOnce } from '../__fixtures__/memory-workspace.js'
import { parseMarkdown, readTables } from '../__fixtures__/read-markdown.js'
import { renderDocument } from '../render-document.js'

test('money a fund does not give out is an "Ej fördelat" row, so every column still adds up to its fund', async () => {
  // VGR gets 900 000 instead of 1 000 000 of the strategy fund: 900 000 + 4 × 1 000 000 + 2 000 000 = 6 900 000,
  // 100 000 short of 7 000 000 (and lint reports sum/fund-not-spent).
  const files = replaceOnce(
    readExampleFiles(),
    'vastra-gotaland/2025-lansgemensamma-medel.yaml',
    '          - to: vgr\n            amount: 1 000 000\n          - to: kommunalforbund\n            each: 1 000 000\n          - to: nsph',
    '          - to: vgr\n            amount: 900 000\n          - to: kommunalforbund\n            each: 1 000 000\n          - to: nsph',
  )
  const evaluation = await evaluateFiles(files)
  expect(evaluation.diagnostics.filter((d) => d.code === 'sum/fund-not-spent').length).toBe(1)
  const rendered = renderDocument(
    evaluation,
    evaluation.workspace.documentById('vg-2025-lansgemensamma-medel') as SpecDocument,
  )
  const tables = readTables(await parseMarkdown(rendered?.markdown ?? '')).map((table) =>
    table.map((row) => row.map(showNbsp)),
  )
  const parties = tables.find((table) => table[0]?.[0] === 'Part') ?? []
  expect(parties.slice(-2)).toEqual([
    ['Ej fördelat', '100~000~kr', '0~kr', '0~kr', '100~000~kr'],
    ['Totalt', '7~000~000~kr', '33~492~514~kr', '20~908~944~kr', '61~401~458~kr'],
  ])
  expect(parties[1]).toEqual([
    'Västra Götalandsregionen',
    '900~000~kr',
    '10~497~505~kr',
    '6~469~648~kr',
    '17~867~153~kr',
  ])
  for (const table of tables) checkTableSums(table, (actual, expected, what) => expect(actual, what).toBe(expected))
})
