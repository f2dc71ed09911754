import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { listAmountMarks } from './amount-marks.js'
import { analyzeEdit, analyzeFiles, type Analysis } from './analyze-files.js'

const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url))

/** The YAML and CSV files of examples/, dot folders left out (as the app bundles them). */
function exampleFiles(): Map<string, string> {
  const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(
    (path) => /\.(ya?ml|csv)$/u.test(path) && !path.split(/[\\/]/u).some((part) => part.startsWith('.')),
  )
  return new Map(files.map((path) => [path.split('\\').join('/'), readFileSync(join(EXAMPLES, path), 'utf8')]))
}

/** What the studio shows of an analysis: every finding, and the amounts beside the allocation's lines. */
function shown(analysis: Analysis) {
  return {
    findings: analysis.findings.map((finding) => [finding.file, finding.span, finding.code, finding.message.sv]),
    marks: listAmountMarks(analysis.allocationIn(ALLOCATION)!, ALLOCATION),
  }
}

describe('analyzeEdit: a keystroke analysed at once', () => {
  it('shows what a full analysis shows after an amount is changed', async () => {
    const files = exampleFiles()
    const before = await analyzeFiles(files)
    const text = files.get(ALLOCATION)!
    expect(text).toContain('amount: 2 000 000')
    files.set(ALLOCATION, text.replace('amount: 2 000 000', 'amount: 2 500 000'))
    const edited = analyzeEdit(before, files, ALLOCATION)
    expect(edited).toBeDefined()
    expect(shown(edited!)).toEqual(shown(await analyzeFiles(files)))
    // The strategi fund holds 7 000 000 and its lines now ask 1 000 000 + 4 × 1 000 000 + 2 500 000 = 7 500 000.
    expect(edited!.findingsByFile.get(ALLOCATION)?.map((finding) => finding.code)).toContain('sum/fund-overspent')
    expect(listAmountMarks(edited!.allocationIn(ALLOCATION)!, ALLOCATION).map((mark) => mark.text)).toContain(
      '2 500 000 kr',
    )
  })

  it('leaves the config, the baseline and a reference to another file to a full analysis', async () => {
    const files = exampleFiles()
    const before = await analyzeFiles(files)
    files.set('fordela.config.yaml', `${files.get('fordela.config.yaml')}\n`)
    expect(analyzeEdit(before, files, 'fordela.config.yaml')).toBeUndefined()
    const withBaseline = new Map(files).set('fordela-baseline.json', '[]')
    expect(analyzeEdit(before, withBaseline, 'fordela-baseline.json')).toBeUndefined()
    const text = files.get(ALLOCATION)!
    files.set(ALLOCATION, text.replace('agreement: ../nationellt/', 'agreement: ../'))
    expect(analyzeEdit(before, files, ALLOCATION)).toBeUndefined()
  })
})
