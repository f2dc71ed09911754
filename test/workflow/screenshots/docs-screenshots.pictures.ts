import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runActionOnPullRequest } from '../run-action-on-pull-request.js'
import { ansiToHtml } from './ansi-to-html.js'
import { markdownToHtml } from './markdown-to-html.js'
import { buildFramedPage, buildTerminalPage } from './page-templates.js'
import { takeScreenshot } from './take-screenshot.js'

// Makes the pictures in docs/sv/bilder from fordela's real output. Not part of
// the ordinary test run (its file name does not end in .test.ts): it needs
// Debian's Chromium, and its PNGs are committed. Refresh them with
//   npm run screenshots:docs
// and look at each one before committing it.

const bilder = join(repoRoot, 'docs/sv/bilder')
const allocation = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const plan = 'vastra-gotaland/2026-handlingsplan.yaml'
const strategyLines =
  '          - to: vgr\n            amount: 1 000 000\n          - to: kommunalforbund\n            each: 1 000 000\n          - to: nsph\n            amount: 2 000 000'
const moreToNsph = strategyLines.replace('amount: 2 000 000', 'amount: 2 500 000')
const lessToVgr = moreToNsph.replace('amount: 1 000 000', 'amount: 500 000')

/** The part of `markdown` from the line `from` up to (not including) the first line after it that starts with `to`. */
function sliceLines(markdown: string, from: string, to: string): string {
  const lines = markdown.split('\n')
  const start = lines.indexOf(from)
  const end = lines.findIndex((line, index) => index > start && line.startsWith(to))
  if (start < 0 || end < 0) throw new Error(`no lines "${from}" … "${to}"`)
  return lines.slice(start, end).join('\n')
}

/** Writes one picture and checks it stays small enough for the docs. */
function shoot(name: string, html: string, width: number, height: number): void {
  const file = join(bilder, name)
  takeScreenshot({ html, width, height }, file)
  expect(statSync(file).size).toBeLessThan(200 * 1024)
}

describe('the pictures in docs/sv/bilder', () => {
  it('shows the rendered 2025 memo: its start and a split by population', () => {
    const memo = readFileSync(join(repoRoot, 'examples/vastra-gotaland/2025-lansgemensamma-medel.md'), 'utf8')
    const caption = '<b>vastra-gotaland/2025-lansgemensamma-medel.md</b> — renderad med <code>fordela render</code>'
    shoot(
      'beslutsunderlag-2025.png',
      buildFramedPage(caption, markdownToHtml(sliceLines(memo, memo.split('\n')[0] ?? '', '## Sammanfattning'))),
      980,
      420,
    )
    const split = sliceLines(
      memo,
      '### Samordnade insatser för personer med komplexa behov',
      'Vårdsamverkansområdena, en tredjedel',
    )
    const withoutProse = split
      .split('\n\n')
      .filter((block) => !block.startsWith('Fokusområdet') && !block.startsWith('Dels behöver'))
      .join('\n\n')
    shoot('beslutsunderlag-2025-tabell.png', buildFramedPage(caption, markdownToHtml(withoutProse)), 980, 495)
  })

  it('shows a pull request that overspends a fund: the terminal, the job summary', () => {
    const broken = runActionOnPullRequest({
      edits: [
        { file: allocation, from: strategyLines, to: moreToNsph },
        { file: plan, from: '  date: 2026-03-19', to: '  date: 2026-03-26' },
      ],
      inputs: { 'render-check': `${allocation}\n${plan}` },
    })
    try {
      const lint = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/fordela.js'), 'lint'], {
        cwd: broken.pr.dir,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', FORCE_COLOR: '1', FORDELA_NO_CODE_CACHE: '1' },
      })
      shoot('lint-i-terminalen.png', buildTerminalPage('fordela lint', ansiToHtml(lint.stdout)), 1320, 280)
      const checks = broken.summary.slice(0, broken.summary.indexOf('## Förändringar i fördelningen'))
      shoot(
        'jobbsammanfattning.png',
        buildFramedPage('<b>fordela</b> — sammanfattning av körningen', markdownToHtml(checks)),
        1180,
        740,
      )
    } finally {
      broken.remove()
    }
  })

  it('shows the comparison once the pull request is fixed', () => {
    const fixed = runActionOnPullRequest({
      edits: [{ file: allocation, from: strategyLines, to: lessToVgr }],
      rerender: [allocation],
      inputs: { comment: 'true' },
    })
    try {
      const body = JSON.parse(fixed.ghCalls[1]?.stdin ?? '{}') as { body: string }
      shoot(
        'jamforelse-kommentar.png',
        buildFramedPage('<b>github-actions</b> kommenterade', markdownToHtml(body.body)),
        1180,
        690,
      )
    } finally {
      fixed.remove()
    }
  })
})
