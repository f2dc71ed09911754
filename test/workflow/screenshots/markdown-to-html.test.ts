import { describe, expect, it } from 'vitest'
import { ansiToHtml } from './ansi-to-html.js'
import { formatInline, markdownToHtml } from './markdown-to-html.js'

describe('markdownToHtml', () => {
  it('writes the shapes of a fordela memo: heading, numbered list, aligned table, quote', () => {
    const markdown = [
      '# Beslutsunderlag',
      '',
      '1. förslaget avseende *Stöd*,',
      '   för 2025.',
      '',
      '| Mottagare | Belopp |',
      '| :-- | --: |',
      '| VGR | 1 000 000 kr |',
      '',
      '> ”Ett samhälle”',
    ].join('\n')
    expect(markdownToHtml(markdown)).toBe(
      [
        '<h1>Beslutsunderlag</h1>',
        '<ol><li>förslaget avseende <em>Stöd</em>, för 2025.</li></ol>',
        '<table><thead><tr><th style="text-align:left">Mottagare</th><th style="text-align:right">Belopp</th></tr></thead>' +
          '<tbody><tr><td style="text-align:left">VGR</td><td style="text-align:right">1 000 000 kr</td></tr></tbody></table>',
        '<blockquote><p>”Ett samhälle”</p></blockquote>',
      ].join('\n'),
    )
  })

  it('folds a diff in <details> and colours its lines, skipping comments', () => {
    expect(
      markdownToHtml(
        '<!-- fordela-diff -->\n<details><summary>a.md</summary>\n\n```diff\n-gammal\n+ny <b>\n```\n\n</details>',
      ),
    ).toBe(
      '<details open><summary>a.md</summary>\n<pre class="diff"><span class="del">-gammal</span>\n<span class="add">+ny &lt;b&gt;</span></pre>\n</details>',
    )
  })
})

describe('formatInline', () => {
  it('links a code label, unescapes backslashes outside code only, and escapes HTML', () => {
    expect(formatInline('[`sum/x`](https://e.se/x.md) \\(GR\\) `a\\|b` <i>')).toBe(
      '<a href="https://e.se/x.md"><code>sum/x</code></a> (GR) <code>a\\|b</code> &lt;i&gt;',
    )
  })
})

describe('ansiToHtml', () => {
  it('turns chalk’s bold red and dim into styled spans', () => {
    expect(ansiToHtml('\u001b[31m\u001b[1m✖ 1 problem\u001b[22m\u001b[39m\n\u001b[2m(dolda)\u001b[22m')).toBe(
      '<span style="font-weight:bold;color:#cf222e">✖ 1 problem</span>\n<span style="opacity:0.7">(dolda)</span>',
    )
  })
})
