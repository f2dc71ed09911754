import { describe, expect, it } from 'vitest'
import { sampleContext, sampleReport } from './__fixtures__/sample-report.js'
import { formatStepSummary } from './format-step-summary.js'

describe('formatStepSummary', () => {
  it('lists every finding as a Markdown table; angle brackets and ampersands that make no HTML stay as they are', () => {
    expect(formatStepSummary(sampleReport, sampleContext())).toMatchInlineSnapshot(`
      "### fordela lint: ✖ 3 problem (1 fel, 1 varning, 1 info)

      | Allvarlighet | Plats | Regel | Meddelande |
      | - | - | - | - |
      | info | \`vg/befolkning.csv:2:5\` | [\`agreement/rounding-residual\`](https://github.com/fordela/fordela/blob/main/docs/rules/agreement/rounding-residual.sv.md) | Värdet <32 000> & "mer". |
      | fel | \`vg/fordelning.yaml:4:9\` | [\`sum/fund-not-spent\`](https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-not-spent.sv.md) | Fonden "strategi" har 2 000 000 kr kvar som inte fördelas. |
      | varning | \`vg/fordelning.yaml:7:12\` | [\`link/section-unlinked\`](https://github.com/fordela/fordela/blob/main/docs/rules/link/section-unlinked.sv.md) | Avsnittet "Åtgärder: barn, unga" är inte kopplat till något område (100 % saknas). |

      "
    `)
  })

  it('keeps a pipe or a line break in a message inside its cell', () => {
    const [first] = sampleReport.results
    const diagnostic = first?.diagnostics[0]
    if (!first || !diagnostic) throw new Error('fixture changed')
    const odd = { ...diagnostic, message: { sv: 'a | b\nc', en: 'a | b\nc' } }
    const report = { ...sampleReport, results: [{ ...first, diagnostics: [odd] }] }
    const row = formatStepSummary(report, sampleContext()).split('\n')[4]
    expect(row).toBe(
      '| info | `vg/befolkning.csv:2:5` | [`agreement/rounding-residual`](https://github.com/fordela/fordela/blob/main/docs/rules/agreement/rounding-residual.sv.md) | a \\| b c |',
    )
  })

  it('keeps spec text as text: a backtick cannot close the code span, a link is not live, ESC is shown, no line starts with "::"', () => {
    const [first] = sampleReport.results
    const diagnostic = first?.diagnostics[0]
    if (!first || !diagnostic) throw new Error('fixture changed')
    const hostile = 'Okänd nyckel "a`b [klick](https://evil.example) <img src=x> \x1b[8m"\n::warning file=README.md::x'
    const odd = { ...diagnostic, file: 'vg/`x`.yaml', message: { sv: hostile, en: hostile } }
    const report = { ...sampleReport, results: [{ ...first, file: 'vg/`x`.yaml', diagnostics: [odd] }] }
    const summary = formatStepSummary(report, sampleContext())
    const row = summary.split('\n')[4]
    // The place has backticks, so the code span is fenced with two; the backtick, the link (and the
    // "https:" GFM would link by itself) and the tag are escaped;
    // ESC is shown as \x1b, and the line break is a space, so "::warning" stays inside the cell.
    expect(row).toBe(
      '| info | ``vg/`x`.yaml:2:5`` | [`agreement/rounding-residual`](https://github.com/fordela/fordela/blob/main/docs/rules/agreement/rounding-residual.sv.md) | Okänd nyckel "a\\`b \\[klick]\\(https\\://evil.example) \\<img src=x> \\x1b\\[8m" ::warning file=README.md::x |',
    )
    expect(summary.split('\n').filter((line) => line.startsWith('::'))).toEqual([])
  })
})
