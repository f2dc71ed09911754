import { describe, expect, it } from 'vitest'
import { buildLintReport } from '../report/build-lint-report.js'
import { sampleContext, sampleReport, texts } from './__fixtures__/sample-report.js'
import { formatStylish } from './format-stylish.js'

describe('formatStylish', () => {
  it('groups findings by file with position, severity, message, rule, hint, code frame and related place', () => {
    // Positions by hand: "Ale;" is 4 characters, so "32 000" starts at 2:5;
    // "  - id: " is 8, so "strategi" is at 4:9; "      - { to: vgr, amount: " is 27,
    // so the related "1 000 000" is at 9:28; "  - title: " is 11, so the title is at 7:12
    // and its 22 characters get 22 carets.
    expect(formatStylish(sampleReport, sampleContext())).toMatchInlineSnapshot(`
      "vg/befolkning.csv
        vg/befolkning.csv:2:5  info  Värdet <32 000> & "mer".  agreement/rounding-residual
          2 | Ale;32 000
            |     ^^^^^^

      vg/fordelning.yaml
        vg/fordelning.yaml:4:9  fel  Fonden "strategi" har 2 000 000 kr kvar som inte fördelas.  sum/fund-not-spent
          Tips: Fördela resten med en rad rest, eller sänk fondens belopp.
          4 |   - id: strategi
            |         ^^^^^^^^
          Se även vg/fordelning.yaml:9:28: Den enda raden som tar ur fonden.

        vg/fordelning.yaml:7:12  varning  Avsnittet "Åtgärder: barn, unga" är inte kopplat till något område (100 % saknas).  link/section-unlinked
          7 |   - title: "Åtgärder: barn, unga"
            |            ^^^^^^^^^^^^^^^^^^^^^^

      ✖ 3 problem (1 fel, 1 varning, 1 info)
      "
    `)
  })

  it('speaks English with --lang en', () => {
    expect(formatStylish(sampleReport, sampleContext({ lang: 'en' }))).toMatchInlineSnapshot(`
      "vg/befolkning.csv
        vg/befolkning.csv:2:5  info  The value <32 000> & "more".  agreement/rounding-residual
          2 | Ale;32 000
            |     ^^^^^^

      vg/fordelning.yaml
        vg/fordelning.yaml:4:9  error  The fund "strategi" has 2 000 000 kr left that is not allocated.  sum/fund-not-spent
          Hint: Allocate the rest with a rest line, or lower the fund's amount.
          4 |   - id: strategi
            |         ^^^^^^^^
          See also vg/fordelning.yaml:9:28: The only line that draws from the fund.

        vg/fordelning.yaml:7:12  warning  The section "Åtgärder: barn, unga" is linked to no area (100 % missing).  link/section-unlinked
          7 |   - title: "Åtgärder: barn, unga"
            |            ^^^^^^^^^^^^^^^^^^^^^^

      ✖ 3 problems (1 error, 1 warning, 1 info)
      "
    `)
  })

  it('prints paths relative to the working directory', () => {
    const firstLine = formatStylish(sampleReport, sampleContext({ cwd: '/work' })).split('\n')[1]
    expect(firstLine).toBe('  lan/vg/befolkning.csv:2:5  info  Värdet <32 000> & "mer".  agreement/rounding-residual')
  })

  it('says so when there is nothing to report, and what was hidden', () => {
    const clean = buildLintReport({
      root: '/work/lan',
      files: [...texts.keys()],
      findings: [],
      suppressedCount: 2,
      baselinedCount: 1,
    })
    expect(formatStylish(clean, sampleContext())).toBe(
      '✔ Inga problem i 3 filer.\n(Dessutom: 2 fynd undantagna med fordela-disable-next-line, 1 fynd dolt av baslinjen.)\n',
    )
    expect(formatStylish(clean, sampleContext({ lang: 'en' }))).toBe(
      '✔ No problems in 3 files.\n(Also: 2 findings suppressed with fordela-disable-next-line, 1 hidden by the baseline.)\n',
    )
  })

  it('colours only when asked to', () => {
    const coloured = formatStylish(sampleReport, sampleContext({ colorLevel: 1 }))
    // ESC [ 31 m is red, the colour of "fel".
    expect(coloured).toContain('\u001b[31mfel\u001b[39m')
    expect(formatStylish(sampleReport, sampleContext())).not.toMatch(/\u001b\[/)
  })
})
