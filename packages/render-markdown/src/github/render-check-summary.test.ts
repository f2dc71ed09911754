import { describe, expect, it } from 'vitest'
import { describeRenderProblem, renderCheckSummary } from './render-check-summary.js'

describe('renderCheckSummary', () => {
  it('fences a memo diff with more backticks than the memo itself uses, keeps cells whole, and puts no path into HTML', () => {
    const diff = '--- a.md\n+++ a.md\n@@ -1 +1 @@\n-Se ```kod```\n+Se ````kod````\n'
    expect(renderCheckSummary([{ spec: 'a|b.yaml', markdown: 'a|b<i>.md', status: 1, diff }])).toBe(
      [
        '### fordela render --check',
        '',
        '| Beslutsunderlag | Spec | Resultat |',
        '| - | - | - |',
        '| `a\\|b<i>.md` | `a\\|b.yaml` | ✖ inaktuellt / out of date: `fordela render a\\|b.yaml -o a\\|b<i>.md` |',
        '',
        '`a|b<i>.md`:',
        '',
        '<details><summary>skillnad mot det renderade / diff against the rendering</summary>',
        '',
        // The longest run in the diff is 4 backticks, so the fence has 5.
        '`````diff',
        '--- a.md',
        '+++ a.md',
        '@@ -1 +1 @@',
        '-Se ```kod```',
        '+Se ````kod````',
        '`````',
        '',
        '</details>',
        '',
      ].join('\n'),
    )
  })

  it('says each result in the language asked for, in both without one', () => {
    const checks = [
      { spec: 'a.yaml', markdown: 'a.md', status: 0, diff: '' },
      { spec: 'b.yaml', markdown: 'b.md', status: 1, diff: '' },
      { spec: 'c.yaml', markdown: 'c.md', status: 2, diff: '' },
    ]
    expect(renderCheckSummary(checks, 'en').split('\n').slice(2)).toEqual([
      '| Memo | Spec | Result |',
      '| - | - | - |',
      '| `a.md` | `a.yaml` | ✔ up to date |',
      '| `b.md` | `b.yaml` | ✖ the spec has errors |',
      '| `c.md` | `c.yaml` | ✖ could not be compared |',
      '',
    ])
    expect(renderCheckSummary(checks).split('\n')[4]).toBe('| `a.md` | `a.yaml` | ✔ stämmer / up to date |')
  })
})

describe('describeRenderProblem', () => {
  it('says what is wrong and what to do, nothing for a memo that is up to date', () => {
    const stale = { spec: 'a.yaml', markdown: 'a.md', status: 1, diff: '--- a.md\n' }
    expect(describeRenderProblem({ ...stale, status: 0 })).toBeUndefined()
    expect(describeRenderProblem(stale)).toBe(
      'a.md är inte vad a.yaml renderar; uppdatera den med fordela render a.yaml -o a.md. / a.md is not what a.yaml renders; update it with fordela render a.yaml -o a.md.',
    )
    expect(describeRenderProblem({ ...stale, diff: '' }, 'sv')).toBe(
      'a.yaml har fel, så beslutsunderlaget kunde inte renderas och jämföras; rätta det som fordela lint visar.',
    )
    expect(describeRenderProblem({ ...stale, status: 2 }, 'en')).toBe(
      'a.md could not be compared with a.yaml; see the log.',
    )
  })
})
