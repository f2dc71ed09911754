import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot, runActionOnPullRequest, type PullRequestRun } from './run-action-on-pull-request.js'

const allocationFile = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const planFile = 'vastra-gotaland/2026-handlingsplan.yaml'
const marker = '<!-- fordela-diff -->'
const diffHeading = '## Förändringar i fördelningen'

// The strategy fund is the agreement's 7 000 000 kr for Västra Götaland, and
// the 2025 memo spends all of it: VGR 1 000 000 + four kommunalförbund ×
// 1 000 000 + NSPH 2 000 000 = 7 000 000.
const strategyLines =
  '          - to: vgr\n            amount: 1 000 000\n          - to: kommunalforbund\n            each: 1 000 000\n          - to: nsph\n            amount: 2 000 000'
// NSPH gets 2 500 000: the lines spend 7 500 000, 500 000 kr more than the fund has.
const moreToNsph = {
  file: allocationFile,
  from: strategyLines,
  to: strategyLines.replace('amount: 2 000 000', 'amount: 2 500 000'),
}
// The fix: VGR gives up those 500 000 kr, 1 000 000 − 500 000 = 500 000, and the fund is spent exactly again.
const moreToNsphLessToVgr = {
  file: allocationFile,
  from: strategyLines,
  to: moreToNsph.to.replace('amount: 1 000 000', 'amount: 500 000'),
}
// The handlingsplan's adoption moves a week, but its committed memo, which says
// "Antagen av Samrådsorganet 2026-03-19.", is left as it was.
const laterAdoption = { file: planFile, from: '  date: 2026-03-19', to: '  date: 2026-03-26' }

const inputs = { 'sarif-file': 'fordela.sarif', 'render-check': `${allocationFile}\n${planFile}\n`, comment: 'true' }

/** Lines of a file in examples/. */
function readExampleLines(path: string): string[] {
  return readFileSync(join(repoRoot, 'examples', path), 'utf8').split('\n')
}

/** The 1-based line of NSPH's amount in the strategy section, the figure the pull request raises. */
function nsphAmountLine(): number {
  const lines = readExampleLines(allocationFile)
  return lines.indexOf('            amount: 2 000 000', lines.indexOf('          - to: nsph')) + 1
}

/** The workflow commands that make annotations (not `::group::`). */
function listAnnotations(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line))
}

/** The job summary before and from the diff's heading. */
function splitSummary(summary: string): { checks: string; diff: string } {
  const at = summary.indexOf(diffHeading)
  return { checks: summary.slice(0, at), diff: summary.slice(at) }
}

/** The diff's table rows whose change is not 0, with non-breaking spaces (fordela's thousands separator) as plain ones. */
function listChangedRows(diff: string): string[] {
  return diff
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('| ') &&
        !line.startsWith('| -') &&
        line.split(' | ')[3] !== '0' &&
        !line.includes('Förändring (kr)'),
    )
}

/** "(Dessutom: 3 fynd dolda av baslinjen.)": the base commit's baseline, all of whose findings the head still has. */
function describeBaselined(run: PullRequestRun): string {
  const count = (JSON.parse(readFileSync(join(run.pr.dir, 'fordela-baseline.json'), 'utf8')) as { findings: unknown[] })
    .findings.length
  return `(Dessutom: ${count} fynd ${count === 1 ? 'dolt' : 'dolda'} av baslinjen.)`
}

describe('the fordela action on a pull request that overspends a fund and leaves a memo stale', () => {
  let result: PullRequestRun
  beforeAll(() => {
    result = runActionOnPullRequest({ edits: [moreToNsph, laterAdoption], inputs })
  }, 180_000)
  afterAll(() => result?.remove())

  it('sets up Node 20 with a pinned actions/setup-node before running fordela', () => {
    expect(result.run.usesSteps).toEqual([
      {
        name: 'Set up Node 20',
        uses: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
        with: { 'node-version': 20 },
      },
    ])
  })

  it('annotates the overspent fund at the figure the pull request raised, the spec that cannot render and the stale memo', () => {
    // Funds come before sections, so the first `  - id: strategi` is the fund's; `strategi` starts in column 9.
    const fundLine = readExampleLines(allocationFile).indexOf('  - id: strategi') + 1
    // NSPH's amount, the line the pull request changed (in the diff, unlike the fund): "            amount: "
    // is 20 characters, so "2 500 000" takes columns 21–30.
    const line = nsphAmountLine()
    expect(listAnnotations(result.run.stdout)).toEqual([
      `::error file=${allocationFile},line=${line},col=21,endLine=${line},endColumn=30,title=sum/fund-overspent::` +
        'Raderna fördelar 500 000 kr mer än fonden strategi har (7 000 000 kr).%0A' +
        'Tips: Minska de fasta beloppen eller andelarna, med början vid beloppet fyndet pekar på, där pengarna tar slut.' +
        `%0ASe även ${allocationFile}:${fundLine}:9: fonden`,
      `::error file=${allocationFile},title=fordela render --check::${allocationFile} har fel, så beslutsunderlaget kunde inte renderas och jämföras; rätta det som fordela lint visar. / ${allocationFile} has errors, so its memo could not be rendered and compared; fix what fordela lint reports.`,
      '::error file=vastra-gotaland/2026-handlingsplan.md,title=fordela render --check::vastra-gotaland/2026-handlingsplan.md är inte vad vastra-gotaland/2026-handlingsplan.yaml renderar; uppdatera den med fordela render vastra-gotaland/2026-handlingsplan.yaml -o vastra-gotaland/2026-handlingsplan.md. / vastra-gotaland/2026-handlingsplan.md is not what vastra-gotaland/2026-handlingsplan.yaml renders; update it with fordela render vastra-gotaland/2026-handlingsplan.yaml -o vastra-gotaland/2026-handlingsplan.md.',
    ])
  })

  it('fails with exit code 1 and counts the findings in its outputs', () => {
    expect(result.run.status).toBe(1)
    expect(result.run.outputs).toEqual({
      'exit-code': '1',
      'lint-exit-code': '1',
      errors: '1',
      warnings: '0',
      notices: '0',
      'sarif-file': 'fordela.sarif',
      'render-exit-code': '1',
      rendered: '',
      // The head overspends a fund: the comparison is made but says at its top that it rests on an error.
      'diff-exit-code': '1',
    })
  })

  it('writes a SARIF 2.1.0 file with the finding, for code scanning', () => {
    type Sarif = {
      version: string
      runs: {
        results: {
          ruleId: string
          level: string
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } }
          }[]
        }[]
      }[]
    }
    const sarif = JSON.parse(readFileSync(join(result.pr.dir, 'fordela.sarif'), 'utf8')) as Sarif
    expect(sarif.version).toBe('2.1.0')
    const results = sarif.runs.flatMap((sarifRun) => sarifRun.results)
    const where = (r: (typeof results)[number]) => r.locations[0]?.physicalLocation
    const line = nsphAmountLine()
    expect(
      results.map((r) => [
        r.ruleId,
        r.level,
        where(r)?.artifactLocation.uri,
        where(r)?.region.startLine,
        where(r)?.region.startColumn,
      ]),
    ).toEqual([['sum/fund-overspent', 'error', allocationFile, line, 21]])
  })

  it('lists the finding and the render check in the job summary', () => {
    const line = nsphAmountLine()
    const memo = readExampleLines('vastra-gotaland/2026-handlingsplan.md')
    // The plan is a draft (the agreement it reads lacks population 0–18 per kommun): the adoption
    // date follows the title and the four lines of the notice.
    const at = memo.indexOf('Antagen av Samrådsorganet 2026-03-19.')
    expect(at).toBe(6)
    expect(splitSummary(result.summary).checks).toBe(
      [
        '### fordela lint: ✖ 1 problem (1 fel, 0 varningar)',
        '',
        '| Allvarlighet | Plats | Regel | Meddelande |',
        '| - | - | - | - |',
        `| fel | \`${allocationFile}:${line}:21\` | [\`sum/fund-overspent\`](https://github.com/fordela/fordela/blob/main/docs/rules/sum/fund-overspent.sv.md) | Raderna fördelar 500 000 kr mer än fonden strategi har (7 000 000 kr). |`,
        '',
        describeBaselined(result),
        '',
        '### fordela render --check',
        '',
        '| Beslutsunderlag | Spec | Resultat |',
        '| - | - | - |',
        `| \`vastra-gotaland/2025-lansgemensamma-medel.md\` | \`${allocationFile}\` | ✖ specen har fel / the spec has errors |`,
        `| \`vastra-gotaland/2026-handlingsplan.md\` | \`${planFile}\` | ✖ inaktuellt / out of date: \`fordela render ${planFile} -o vastra-gotaland/2026-handlingsplan.md\` |`,
        '',
        '`vastra-gotaland/2026-handlingsplan.md`:',
        '',
        '<details><summary>skillnad mot det renderade / diff against the rendering</summary>',
        '',
        '```diff',
        '--- vastra-gotaland/2026-handlingsplan.md (incheckad)',
        '+++ vastra-gotaland/2026-handlingsplan.md (renderad)',
        // Line 7 changed, with three lines of context before and after: lines 4–10.
        '@@ -4,7 +4,7 @@',
        ...memo.slice(at - 3, at).map((line) => ` ${line}`),
        '-Antagen av Samrådsorganet 2026-03-19.',
        '+Antagen av Samrådsorganet 2026-03-26.',
        ...memo.slice(at + 1, at + 4).map((line) => ` ${line}`),
        '```',
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    )
  })

  it('shows in the summary who gets more: NSPH, in the strategy section', () => {
    // NSPH 2 000 000 → 2 500 000 is +500 000, +25 %; the section 7 000 000 → 7 500 000 is +500 000,
    // 500 000 / 7 000 000 = 7,14 % → +7,1 %. The fund stays the agreement's 7 000 000; nobody else changes.
    expect(listChangedRows(splitSummary(result.summary).diff)).toEqual([
      '| Stöd till genomförande och uppföljning av den nationella strategin | 7 000 000 | 7 500 000 | +500 000 | +7,1 % |',
      '| NSPH Väst | 2 000 000 | 2 500 000 | +500 000 | +25 % |',
    ])
  })

  it('folds the whole comparison into the log with workflow commands switched off around it', () => {
    const lines = result.run.stdout.split('\n')
    const start = lines.indexOf('::group::fordela diff')
    const token = /^::stop-commands::(.+)$/.exec(lines[start + 1] ?? '')?.[1] ?? ''
    // A random token ends the pause, so no line of the specs' own text can.
    expect(token).toMatch(/^[0-9a-f-]{36}$/)
    const end = lines.indexOf(`::${token}::`)
    expect(lines[end + 1]).toBe('::endgroup::')
    expect(
      lines.slice(start + 2, end).filter((line) => line.replace(/\u00a0/g, ' ').startsWith('NSPH Väst')),
    ).toHaveLength(1)
  })

  it('posts the same diff as a new pull-request comment, marked to be found again', () => {
    const { diff } = splitSummary(result.summary)
    expect(result.ghCalls.map((call) => call.args.slice(0, 4))).toEqual([
      ['api', '--paginate', 'repos/vgr/fordelningar/issues/7/comments', '--jq'],
      ['api', '--method', 'POST', 'repos/vgr/fordelningar/issues/7/comments'],
    ])
    // appendSummary ends the section with a blank line; the comment has the Markdown as fordela wrote it.
    expect(JSON.parse(result.ghCalls[1]?.stdin ?? '{}')).toEqual({ body: `${marker}\n${diff.slice(0, -1)}` })
  })
})

describe('the fordela action once the pull request is fixed', () => {
  let result: PullRequestRun
  beforeAll(() => {
    // The official also re-renders the 2025 memo, as render --check asks, and wants the memo as a file.
    result = runActionOnPullRequest({
      edits: [moreToNsphLessToVgr],
      rerender: [allocationFile],
      inputs: { ...inputs, render: allocationFile },
      existingCommentId: 1234,
    })
  }, 180_000)
  afterAll(() => result?.remove())

  it('passes with no annotations', () => {
    expect(listAnnotations(result.run.stdout)).toEqual([])
    expect(result.run.status).toBe(0)
    expect(result.run.outputs).toMatchObject({
      'exit-code': '0',
      errors: '0',
      'render-exit-code': '0',
      'diff-exit-code': '0',
    })
  })

  it('renders the memo into beslutsunderlag/ with the new amounts', () => {
    const memo = 'beslutsunderlag/vastra-gotaland/2025-lansgemensamma-medel.md'
    expect(result.run.outputs['rendered']).toBe(memo)
    // Non-breaking spaces (the memo's thousands separator) read as plain ones here.
    const lines = readFileSync(join(result.pr.dir, memo), 'utf8')
      .replace(/\u00a0/g, ' ')
      .split('\n')
    // The strategy section's bullets, as in the committed memo but with VGR 500 000 and NSPH 2 500 000.
    const at = lines.indexOf('- Kommunalförbunden: 1 000 000 kr per kommunalförbund (4 000 000 kr)')
    expect(lines.slice(at - 1, at + 2)).toEqual([
      '- VGR: 500 000 kr',
      '- Kommunalförbunden: 1 000 000 kr per kommunalförbund (4 000 000 kr)',
      '- NSPH: 2 500 000 kr till patient-, brukar- och anhörigsamverkan',
    ])
  })

  it('says so in the job summary, for lint and for both memos', () => {
    // Every spec fordela reads: the YAML documents and the CSV files the datasets import.
    const files = listFiles(result.pr.dir).filter(
      (path) => /\.(ya?ml|csv)$/.test(path) && path !== 'fordela.config.yaml' && !path.startsWith('.github/'),
    )
    expect(splitSummary(result.summary).checks).toBe(
      [
        `### fordela lint: ✔ Inga problem i ${files.length} filer.`,
        '',
        describeBaselined(result),
        '',
        '### fordela render --check',
        '',
        '| Beslutsunderlag | Spec | Resultat |',
        '| - | - | - |',
        `| \`vastra-gotaland/2025-lansgemensamma-medel.md\` | \`${allocationFile}\` | ✔ stämmer / up to date |`,
        `| \`vastra-gotaland/2026-handlingsplan.md\` | \`${planFile}\` | ✔ stämmer / up to date |`,
        '',
        '',
      ].join('\n'),
    )
  })

  it('shows who gets more and who gets less', () => {
    // VGR had 1 000 000 (strategy) + 10 497 505 (complex needs) + 6 469 648 (suicide prevention) = 17 967 153,
    // the sums in the committed 2025 memo; 500 000 less is 17 467 153, and 500 000 / 17 967 153 = 2,78 % → −2,8 %.
    expect(listChangedRows(splitSummary(result.summary).diff)).toEqual([
      '| Västra Götalandsregionen | 17 967 153 | 17 467 153 | -500 000 | -2,8 % |',
      '| NSPH Väst | 2 000 000 | 2 500 000 | +500 000 | +25 % |',
    ])
  })

  it('edits the comment an earlier run left instead of adding one', () => {
    expect(result.ghCalls.map((call) => call.args.slice(0, 4))).toEqual([
      ['api', '--paginate', 'repos/vgr/fordelningar/issues/7/comments', '--jq'],
      ['api', '--method', 'PATCH', 'repos/vgr/fordelningar/issues/comments/1234'],
    ])
  })
})

/** Every file under `dir`, relative with `/`, skipping .git. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.startsWith('.git/'))
}
