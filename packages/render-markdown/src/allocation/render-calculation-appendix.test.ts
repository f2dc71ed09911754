import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, expect, test } from 'vitest'
import { byId, loadExamples } from '../__fixtures__/example-workspace.js'
import { sectionUnder, showNbsp } from '../__fixtures__/markdown-text.js'
import { lintMarkdown } from '../__fixtures__/read-markdown.js'
import { renderAllocation } from './render-allocation.js'

const EXPECTED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/vg-2025-bilaga/expected.md')

let markdown: string

beforeAll(async () => {
  const { evaluation } = await loadExamples()
  const allocation = byId(evaluation.allocations, 'vg-2025-lansgemensamma-medel')
  const workspace = evaluation.workspace
  markdown = renderAllocation(allocation, { texts: workspace.texts, resolve: (ref) => workspace.resolve(ref), options: { appendix: true } }).markdown
})

test('the appendix is the last part of the memo and matches its golden file', async () => {
  const appendix = markdown.slice(markdown.indexOf('## Bilaga: Beräkningsunderlag'))
  await expect(appendix).toMatchFileSnapshot(EXPECTED)
  expect(await lintMarkdown(markdown)).toEqual([])
})

test('a fund from its agreement cell, with the weight and the rounding', () => {
  // 200 000 000 × 1 767 016 / 10 551 707 = 33 492 514,5286…, shown cut at two decimals, floored under largest remainder.
  expect(showNbsp(markdown)).toContain(
    '  - Resten, 200~000~000~kr, efter folkmängd: 200~000~000 × 1~767~016 / 10~551~707 = 33~492~514,52…~kr, avrundat nedåt till 33~492~514~kr.',
  )
})

test('the thirds of 28 492 514: the two extra kronor went by tie to the first two lines, in document order', () => {
  const lines = sectionUnder(showNbsp(markdown), '### Fördelningen: Samordnade insatser för personer med komplexa behov')
  const tie =
    '  - Andel 1/3 av 28~492~514~kr: 28~492~514 × 1/3 = 9~497~504,66…~kr, avrundat uppåt till 9~497~505~kr: en av kronorna som blev över när alla delar avrundats nedåt, till största resten; resten var lika stor för VGR, Kommunalförbunden och Vårdsamverkansområdena och ordningen i dokumentet avgjorde.'
  expect(lines.filter((line) => line === tie).length).toBe(2)
  expect(lines).toContain('  - Andel 1/3 av 28~492~514~kr: 28~492~514 × 1/3 = 9~497~504,66…~kr, avrundat nedåt till 9~497~504~kr.')
})
