import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { listExamples } from '../workspace/list-examples.js'
import { listAmountMarks } from './amount-marks.js'
import { analyzeFiles } from './analyze-files.js'

const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url))

/** The files the app bundles as its examples (workspace/example-files.ts): every YAML and CSV file under examples/, dot folders left out as the glob does. */
function exampleFiles(): Map<string, string> {
  const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(
    (path) => /\.(ya?ml|csv)$/u.test(path) && !path.split(/[\\/]/u).some((part) => part.startsWith('.')),
  )
  return new Map(
    files.map((path) => [relative(EXAMPLES, join(EXAMPLES, path)), readFileSync(join(EXAMPLES, path), 'utf8')]),
  )
}

describe('the studio on the bundled examples', () => {
  it('lists the VG 2025 allocation first on the start page', () => {
    expect(listExamples(exampleFiles())[0]).toEqual({
      id: 'vg-2025-lansgemensamma-medel',
      kind: 'Allocation',
      file: ALLOCATION,
      title: 'Länsgemensamma medel psykisk hälsa 2025',
    })
  })

  it('marks every fund, section and line of the allocation with its kronor, on the line that states it', async () => {
    const files = exampleFiles()
    const analysis = await analyzeFiles(files)
    const text = files.get(ALLOCATION)!
    const marks = listAmountMarks(analysis.allocationIn(ALLOCATION)!, ALLOCATION)
    const lineOf = (offset: number) =>
      text.slice(text.lastIndexOf('\n', offset - 1) + 1, text.indexOf('\n', offset)).trim()
    const shown = marks.map((mark) => `${mark.kind} ${lineOf(mark.at)} = ${mark.text}`)
    // strategi: stated 7 000 000. komplexa-behov: 200 000 000 × 1 767 016 / 10 551 707 = 33 492 514,53 → 33 492 514.
    expect(shown).toContain('fund - id: strategi = 7 000 000 kr')
    expect(shown).toContain('fund - id: komplexa-behov = 33 492 514 kr')
    expect(shown).toContain('line amount: 2 000 000 = 2 000 000 kr')
    // `each: 1 000 000` to the four kommunalförbund: the line's whole amount, 4 000 000.
    expect(shown).toContain('line each: 1 000 000 = 4 000 000 kr')
    // VGR's third of 33 492 514 − 5 000 000 = 28 492 514: 9 497 504,67 → 9 497 505 (the tie goes to VGR by document order).
    expect(shown).toContain('line share: 1/3 = 9 497 505 kr')
    // The strategi section gives out all of its fund: 1 000 000 + 4 × 1 000 000 + 2 000 000.
    expect(shown.filter((entry) => entry.startsWith('section - id: strategi'))).toEqual([
      'section - id: strategi = 7 000 000 kr',
    ])
    // 3 funds + 3 sections + 3 lines (strategi) + 5 (komplexa-behov) + 4 (suicidprevention).
    expect(marks).toHaveLength(18)
  })
})
