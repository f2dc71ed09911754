import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLineIndex, createMemoryWorkspaceHost, loadWorkspace, type Diagnostic } from '@fordela/parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { evaluateWorkspace } from '../evaluate-workspace.js'

const examples = fileURLToPath(new URL('../../../../examples', import.meta.url))
const ROOT = '/memory'
const FILE_2026 = 'ytterlan/2026-lansgemensamma-medel.yaml'
const FILE_2025 = 'ytterlan/2025-lansgemensamma-medel.yaml'

let files: Record<string, string>

beforeAll(() => {
  files = {}
  const walk = (folder: string): void => {
    for (const name of readdirSync(join(examples, folder))) {
      const file = folder ? `${folder}/${name}` : name
      if (statSync(join(examples, file)).isDirectory()) walk(file)
      else if (/\.(ya?ml|csv)$/u.test(name)) files[file] = readFileSync(join(examples, file), 'utf8')
    }
  }
  walk('')
})

/** The findings in the invented county's files, as `code line:column`, after replacing `from` by `to` once in `file`. */
async function findingsWith(file: string, from: string, to: string): Promise<string[]> {
  const text = files[file]!
  expect(text.split(from).length, `"${from}" once in ${file}`).toBe(2)
  const variant = { ...files, [file]: text.replace(from, to) }
  const workspace = await loadWorkspace({ root: ROOT, host: createMemoryWorkspaceHost(ROOT, variant) })
  const show = (d: Diagnostic): string => {
    const at = createLineIndex(variant[d.file] ?? '').locate(d.span[0])
    return `${d.code} ${d.file}:${at.line}:${at.column}`
  }
  return evaluateWorkspace(workspace)
    .diagnostics.filter((d) => d.file.startsWith('ytterlan/'))
    .map(show)
}

describe('the invented county Ytterlän, 2025 and 2026', () => {
  it('lints clean', async () => {
    expect(await findingsWith(FILE_2026, 'year: 2026', 'year: 2026')).toEqual([])
  })

  // Each case changes one figure behind one kind of claim and expects that claim to fail, at its text.
  it('a derived pot: a line drawing on it changes, so "1,5 miljoner kronor" and the comparisons fail', async () => {
    // barn: 400 000 + 3 × 200 000 + 500 000 = 1 500 000; with 450 000 for the region it is 1 550 000,
    // 650 000 more than 2025's 900 000, the total 10 050 000 (an increase of 1 150 000, still "drygt 1 miljon").
    // The region's part of the section, 3 950 000 of 6 550 000 = 0,603, is still "knappt två tredjedelar".
    // Positions: each claim's text, 6 characters after its `says "` (line 34 column 31, 37:28, 38:63, 64:61, 66:39);
    // the decision item's claims on the total and the pot too (`      {{ total | says "` is 23 characters, line 24;
    // `      {{ fund.barn | says "` 27, line 25).
    const found = await findingsWith(FILE_2026, '            amount: 400 000\n', '            amount: 450 000\n')
    expect(found).toEqual([
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:24:24', // decision: total "10 miljoner kronor"
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:25:28', // decision: fund.barn "1,5 miljoner kronor"
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:34:37', // total "10 miljoner kronor"
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:37:34', // fund.barn "1,5 miljoner kronor"
      'prose/change-not-supported ytterlan/2026-lansgemensamma-medel.yaml:38:69', // change(fund.barn) "600 000 kronor mer"
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:64:67', // line.region-barn "400 000 kronor"
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:66:45', // section.strategi.fund.barn "1 miljon kronor"
    ])
  })

  it("a line reference: the region's coordination line changes", async () => {
    // 1 600 000 is not "1,5 miljoner kronor"; the region's rest falls by as much, so the section and the ratio keep.
    expect(
      await findingsWith(
        FILE_2026,
        'amount: 1 500 000\n            purpose: för länsgemensam',
        'amount: 1 600 000\n            purpose: för länsgemensam',
      ),
    ).toEqual([
      // `says "` of line.region-samordning at line 63, column 48.
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:63:54',
    ])
  })

  it('an approximate ratio: suicide prevention grows to more than 55 % of strategy', async () => {
    // 3 100 000 / 5 500 000 = 0,5636…, above 1/2 + 1/20; the total and the change move too.
    const found = await findingsWith(FILE_2026, 'amount: 3 000 000', 'amount: 3 100 000')
    // The total, 10 100 000, is no longer "10 miljoner kronor", in the decision item (24:24) and the
    // summary (`says "` at 34:31); the ratio's `says "` is at 41:59.
    expect(found).toEqual([
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:24:24',
      'prose/claim-not-supported ytterlan/2026-lansgemensamma-medel.yaml:34:37',
      'prose/ratio-not-supported ytterlan/2026-lansgemensamma-medel.yaml:41:65',
    ])
  })

  it('a count: a fifth line in the suicide prevention section', async () => {
    const found = await findingsWith(
      FILE_2026,
      '            purpose: för unga anhöriga\n',
      '            purpose: för unga anhöriga\n          - to: region\n            amount: 0\n            fund: barn\n',
    )
    // `says "` of the count at line 99, column 56.
    expect(found).toEqual(['prose/count-not-supported ytterlan/2026-lansgemensamma-medel.yaml:99:62'])
  })

  it('a decision item for the whole allocation: naming a section that does not exist fails at the id', async () => {
    // Line 21 `  - sections: [strategi, suicd]`: `suicd` at column 26.
    expect(await findingsWith(FILE_2026, 'sections: all', 'sections: [strategi, suicd]')).toEqual([
      'ref/unknown-section ytterlan/2026-lansgemensamma-medel.yaml:21:26',
    ])
  })

  it('a link in prose: a link that is not a web address is reported at its target', async () => {
    // Line 46 `  Befolkningssiffror för länen finns hos [Regionfakta](`: 55 characters, so the target is at column 56.
    expect(await findingsWith(FILE_2026, '(https://www.regionfakta.com)', '(javascript:alert(1))')).toEqual([
      'prose/unsafe-link ytterlan/2026-lansgemensamma-medel.yaml:46:56',
    ])
  })

  it("year over year: the previous year's strategy fund changes", async () => {
    // 2025 total 9 000 000 instead of 8 900 000: the increase is exactly 1 000 000, not "drygt 1 miljon"
    // (and 2025's own "knappt 9 miljoner" no longer holds).
    const found = await findingsWith(FILE_2025, 'amount: 5 000 000', 'amount: 5 100 000')
    expect(found).toEqual([
      // `says "` at 2025's line 17, column 31, and 2026's change(total) at line 36, column 22.
      'prose/claim-not-supported ytterlan/2025-lansgemensamma-medel.yaml:17:37',
      'prose/change-not-supported ytterlan/2026-lansgemensamma-medel.yaml:36:28',
    ])
  })

  it('year over year without the previous allocation: an information finding, not a silent pass', async () => {
    const found = await findingsWith(FILE_2026, 'previous: ./2025-lansgemensamma-medel.yaml\n', '')
    expect(found).toEqual([
      // Without the previous: line, change(total) starts at line 35, column 6 and change(fund.barn) at 37:43.
      'prose/previous-unavailable ytterlan/2026-lansgemensamma-medel.yaml:35:6',
      'prose/previous-unavailable ytterlan/2026-lansgemensamma-medel.yaml:37:43',
    ])
  })
})
