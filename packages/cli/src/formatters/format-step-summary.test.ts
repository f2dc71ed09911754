import { describe, expect, it } from 'vitest'
import { sampleContext, sampleReport } from './__fixtures__/sample-report.js'
import { formatStepSummary } from './format-step-summary.js'

describe('formatStepSummary', () => {
  it('lists every finding as a Markdown table, with pipes, angle brackets and ampersands escaped', () => {
    expect(formatStepSummary(sampleReport, sampleContext())).toMatchInlineSnapshot(`
      "### fordela lint: ✖ 3 problem (1 fel, 1 varning, 1 info)

      | Allvarlighet | Plats | Regel | Meddelande |
      | --- | --- | --- | --- |
      | info | \`vg/befolkning.csv:2:5\` | [\`agreement/rounding-residual\`](https://github.com/fordela/fordela/blob/main/docs/rules/agreement/rounding-residual.sv.md) | Värdet &lt;32 000&gt; &amp; "mer". |
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
})
