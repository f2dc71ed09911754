import { describe, expect, it } from 'vitest'
import { sampleContext, sampleReport } from './__fixtures__/sample-report.js'
import { formatJunit } from './format-junit.js'

describe('formatJunit', () => {
  it('writes one testsuite per file and one failed testcase per finding, escaped', () => {
    // 3 files; the clean parter.yaml counts one passing test, so tests = 1 + 2 + 1 = 4 and failures = 3.
    expect(formatJunit(sampleReport, sampleContext())).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="fordela" tests="4" failures="3" errors="0">
        <testsuite name="vg/befolkning.csv" tests="1" failures="1" errors="0" skipped="0">
          <testcase name="agreement/rounding-residual 2:5" classname="vg/befolkning.csv">
            <failure type="info" message="Värdet &lt;32 000&gt; &amp; &quot;mer&quot;.">vg/befolkning.csv:2:5: info: Värdet &lt;32 000&gt; &amp; &quot;mer&quot;. [agreement/rounding-residual]</failure>
          </testcase>
        </testsuite>
        <testsuite name="vg/fordelning.yaml" tests="2" failures="2" errors="0" skipped="0">
          <testcase name="sum/fund-not-spent 4:9" classname="vg/fordelning.yaml">
            <failure type="error" message="Fonden &quot;strategi&quot; har 2 000 000 kr kvar som inte fördelas.">vg/fordelning.yaml:4:9: fel: Fonden &quot;strategi&quot; har 2 000 000 kr kvar som inte fördelas. [sum/fund-not-spent]&#10;Fördela resten med en rad rest, eller sänk fondens belopp.&#10;Se även vg/fordelning.yaml:9:28: Den enda raden som tar ur fonden.</failure>
          </testcase>
          <testcase name="link/section-unlinked 7:12" classname="vg/fordelning.yaml">
            <failure type="warning" message="Avsnittet &quot;Åtgärder: barn, unga&quot; är inte kopplat till något område (100 % saknas).">vg/fordelning.yaml:7:12: varning: Avsnittet &quot;Åtgärder: barn, unga&quot; är inte kopplat till något område (100 % saknas). [link/section-unlinked]</failure>
          </testcase>
        </testsuite>
        <testsuite name="vg/parter.yaml" tests="1" failures="0" errors="0" skipped="0">
          <testcase name="fordela" classname="vg/parter.yaml"/>
        </testsuite>
      </testsuites>
      "
    `)
  })
})
