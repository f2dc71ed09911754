import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

/**
 * The diff fixture: one parties file and two years.
 * 2025: Potten 1 000 000 → Regionen 450 000, Förbund A and B 200 000 each (400 000), NSPH | Väst the rest 150 000.
 * 2026: Potten 1 200 000 → Regionen 400 000, A and B 300 000 each (600 000), NSPH the rest 200 000;
 *       Nya medel 50 000 → Civilsamhället.
 */
const TEXT_REPORT = [
  'Prov 2025 (2025.yaml) → Prov 2026 (2026.yaml)',
  // 1 000 000 → 1 250 000: +250 000 = +25 %.
  'Totalt: 1 000 000 kr → 1 250 000 kr, +250 000 kr (+25 %)',
  '',
  'Fond       Före (kr)  Efter (kr)  Förändring (kr)  Procent',
  // +200 000 of 1 000 000 = +20 %.
  'Potten     1 000 000   1 200 000         +200 000    +20 %',
  'Nya medel          –      50 000          +50 000       ny',
  '',
  'Avsnitt  Före (kr)  Efter (kr)  Förändring (kr)  Procent',
  'Delen    1 000 000   1 200 000         +200 000    +20 %',
  'Nytt             –      50 000          +50 000       ny',
  '',
  'Part            Före (kr)  Efter (kr)  Förändring (kr)  Procent',
  // −50 000 / 450 000 = −11,11… %; +50 000 / 150 000 = +33,33… %; 400 000 → 600 000 = +50 %.
  'Regionen          450 000     400 000          -50 000  -11,1 %',
  'NSPH | Väst       150 000     200 000          +50 000  +33,3 %',
  'Civilsamhället          –      50 000          +50 000       ny',
  'Förbunden         400 000     600 000         +200 000    +50 %',
  '  Förbund A       200 000     300 000         +100 000    +50 %',
  '  Förbund B       200 000     300 000         +100 000    +50 %',
  '',
].join('\n')

/** Runs git in a temporary repository with a fixed author, as a test's own setup. */
function git(cwd: string, ...args: string[]): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  }
  execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env, stdio: 'ignore' })
}

/** The diff fixture as a git repository: the fixture committed, then 2025.yaml changed and committed. */
function repositoryWithTwoCommits(): string {
  const root = copyFixture('diff')
  rmSync(join(root, '.git'), { recursive: true })
  git(root, 'init', '--quiet', '--initial-branch', 'main')
  git(root, 'add', '.')
  git(root, 'commit', '--quiet', '-m', 'Första')
  // Regionen 450 000 → 500 000, so NSPH's rest 150 000 → 100 000.
  editFile(root, '2025.yaml', 'amount: 450 000', 'amount: 500 000')
  git(root, 'commit', '--quiet', '-am', 'Mer till regionen')
  return root
}

describe('fordela diff <old> <new>', () => {
  it('text: before, after and change per fund, section and party', async () => {
    expect(await runCli(['diff', '2025.yaml', '2026.yaml'], copyFixture('diff'))).toEqual({
      code: 0,
      stdout: TEXT_REPORT,
      stderr: '',
    })
  })

  it('json: every amount and percent a string, exact and rounded', async () => {
    const result = await runCli(['diff', '2025.yaml', '2026.yaml', '--format', 'json'], copyFixture('diff'))
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout) as { formatVersion: number; comparisons: Record<string, unknown>[] }
    expect(data.formatVersion).toBe(1)
    const [comparison] = data.comparisons
    expect(comparison?.['total']).toEqual({
      before: '1000000',
      after: '1250000',
      change: '250000',
      percent: '25.00',
      percentExact: '25',
    })
    expect((comparison?.['parties'] as unknown[] | undefined)?.slice(0, 2)).toEqual([
      {
        id: 'vgr',
        name: 'Regionen',
        kind: 'party',
        before: '450000',
        after: '400000',
        change: '-50000',
        percent: '-11.11',
        percentExact: '-100/9',
      },
      {
        id: 'nsph',
        name: 'NSPH | Väst',
        kind: 'party',
        before: '150000',
        after: '200000',
        change: '50000',
        percent: '33.33',
        percentExact: '100/3',
      },
    ])
  })

  it('markdown: escaped tables for a pull-request comment', async () => {
    const result = await runCli(['diff', '2025.yaml', '2026.yaml', '--format', 'markdown'], copyFixture('diff'))
    expect(result.code).toBe(0)
    const lines = result.stdout.replaceAll('\u00a0', ' ').split('\n')
    expect(lines.slice(0, 10)).toEqual([
      '## Förändringar i fördelningen',
      '',
      '### Prov 2025 (`2025.yaml`) → Prov 2026 (`2026.yaml`)',
      '',
      'Totalt: 1 000 000 kr → 1 250 000 kr, +250 000 kr (+25 %)',
      '',
      '| Fond | Före (kr) | Efter (kr) | Förändring (kr) | Procent |',
      '| - | -: | -: | -: | -: |',
      '| Potten | 1 000 000 | 1 200 000 | +200 000 | +20 % |',
      '| Nya medel | – | 50 000 | +50 000 | ny |',
    ])
    expect(lines).toContain('| NSPH \\| Väst | 150 000 | 200 000 | +50 000 | +33,3 % |')
    expect(lines).toContain('| ↳ Förbund B | 200 000 | 300 000 | +100 000 | +50 % |')
  })

  it('markdown: shortened to GitHub’s 65 535 characters with a pointer to the full report', async () => {
    const root = copyFixture('diff')
    // 3 000 members at 1 000 kr each (3 000 000) before and 2 000 kr each (6 000 000) after: every member +100 %.
    const members = Array.from(
      { length: 3000 },
      (_, index) => `      - { id: m${index}, name: Medlemskommun nummer ${index} i Älvdalen }`,
    ).join('\n')
    writeFileSync(
      join(root, 'parter.yaml'),
      `apiVersion: fordela/v1\nkind: Parties\nid: parter\ntitle: Parter\ncounty: { code: "14", name: Exempellänet }\ngroups:\n  - id: alla\n    name: Alla\n    members:\n${members}\n`,
    )
    const allocation = (year: number, each: string, total: string) =>
      `apiVersion: fordela/v1\nkind: Allocation\nid: stor-${year}\ntitle: Stor ${year}\nyear: ${year}\nparties: ./parter.yaml\nfunds:\n  - { id: pott, amount: ${total} }\nsections:\n  - id: del\n    title: Delen\n    fund: pott\n    steps:\n      - lines:\n          - { to: alla, each: ${each} }\n`
    writeFileSync(join(root, 'stor-2025.yaml'), allocation(2025, '1 000', '3 000 000'))
    writeFileSync(join(root, 'stor-2026.yaml'), allocation(2026, '2 000', '6 000 000'))
    const result = await runCli(
      [
        'diff',
        'stor-2025.yaml',
        'stor-2026.yaml',
        '--format',
        'markdown',
        '--full-report',
        'https://example.org/runs/7',
      ],
      root,
    )
    expect(result.code).toBe(0)
    expect(Buffer.byteLength(result.stdout, 'utf8')).toBeLessThanOrEqual(65_535)
    expect(Buffer.byteLength(result.stdout, 'utf8')).toBeGreaterThan(60_000)
    expect(result.stdout).toMatch(
      /\n> \*\*Avkortad:\*\* kommentaren får vara högst 65 535 tecken, så \d+ tabellrader visas inte\. Hela rapporten: \[https:\/\/example\.org\/runs\/7\]\(https:\/\/example\.org\/runs\/7\)\.\n$/,
    )
    // 1 fund + 1 section + the group + 3 000 members = 3 003 rows: those shown and those left out add up.
    const shown = result.stdout.split('\n').filter((line) => /^\| (?!Fond |Avsnitt |Part |-)/.test(line)).length
    const omitted = Number(/så (\d+) tabellrader/.exec(result.stdout)?.[1])
    expect(shown + omitted).toBe(3003)
  })

  it('2 for a usage error or a file that is no allocation', async () => {
    const root = copyFixture('diff')
    expect(await runCli(['diff', '2025.yaml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: ange två fördelningar, fordela diff <gammal> <ny>, eller jämför med git: fordela diff --base <ref>.\n',
    })
    expect(await runCli(['diff', '2025.yaml', 'parter.yaml'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: parter.yaml: är ett dokument av slaget Parties, men här behövs en fördelning (Allocation).\n',
    })
  })
})

describe('fordela diff --help', () => {
  it('has an example for both forms', async () => {
    const result = await runCli(['diff', '--help'], copyFixture('diff'))
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').filter((line) => line.startsWith('  $ '))).toEqual([
      '  $ fordela diff fordelning-2025.yaml fordelning-2026.yaml',
      '  $ fordela diff --base origin/main --format markdown > kommentar.md',
    ])
  })
})

describe('fordela diff --base', () => {
  it('compares the working tree with a commit, pairing allocations by id', async () => {
    const root = repositoryWithTwoCommits()
    const result = await runCli(['diff', '--base', 'HEAD~1'], root)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout.split('\n').slice(-9)).toEqual([
      'Part         Före (kr)  Efter (kr)  Förändring (kr)  Procent',
      // +50 000 / 450 000 = +11,1 %; −50 000 / 150 000 = −33,3 %.
      'Regionen       450 000     500 000          +50 000  +11,1 %',
      'NSPH | Väst    150 000     100 000          -50 000  -33,3 %',
      'Förbunden      400 000     400 000                0      0 %',
      '  Förbund A    200 000     200 000                0      0 %',
      '  Förbund B    200 000     200 000                0      0 %',
      '',
      // 2026.yaml did not change between the commits.
      'Oförändrad fördelning: Prov 2026 (2026.yaml)',
      '',
    ])
    expect(result.stdout.split('\n')[0]).toBe('Prov 2025 (2025.yaml) → Prov 2025 (2025.yaml)')
  })

  it('lists allocations added since the ref, and limits the comparison to the paths given', async () => {
    const root = repositoryWithTwoCommits()
    writeFileSync(
      join(root, '2027.yaml'),
      readFileSync(join(root, '2026.yaml'), 'utf8')
        .replace('id: prov-2026', 'id: prov-2027')
        .replace('title: Prov 2026', 'title: Prov 2027')
        .replace('year: 2026', 'year: 2027'),
    )
    expect((await runCli(['diff', '--base', 'HEAD', '2027.yaml'], root)).stdout).toBe(
      'Ny fördelning: Prov 2027 (2027.yaml)\n',
    )
  })

  it('says at the top when the head overspends a fund, in text and Markdown, and exits 1', async () => {
    // Regression: an overspent head was compared with exit 0 and no caveat, its total (the funds) not
    // matching its rows. Regionen 450 000 → 750 000: 750 000 + 2 × 200 000 = 1 150 000 of 1 000 000.
    const root = repositoryWithTwoCommits()
    editFile(root, '2025.yaml', 'amount: 500 000', 'amount: 750 000')
    const text = await runCli(['diff', '--base', 'HEAD~1'], root)
    expect(text.code).toBe(1)
    expect(text.stdout.split('\n')[0]).toBe(
      '⚠ Jämförelsen bygger på specar med fel som kan göra beloppen felaktiga (2025.yaml (efter): 1 fel). Summor och rader nedan behöver inte stämma; rätta det som fordela lint visar innan jämförelsen används.',
    )
    const markdown = await runCli(['diff', '--base', 'HEAD~1', '--format', 'markdown', '--lang', 'en'], root)
    expect(markdown.code).toBe(1)
    expect(markdown.stdout.split('\n').slice(0, 3)).toEqual([
      '## Changes to the allocation',
      '',
      '> **Warning:** This comparison is built on specs with errors that can make the amounts wrong (2025.yaml (after): 1 error). Totals and rows below need not add up; fix what fordela lint reports before using the comparison.',
    ])
    const json = JSON.parse((await runCli(['diff', '--base', 'HEAD~1', '--format', 'json'], root)).stdout) as {
      specErrors: unknown
    }
    expect(json.specErrors).toEqual([{ side: 'after', file: '2025.yaml', errors: 1 }])
  })

  it('2 for a ref git does not know', async () => {
    const root = repositoryWithTwoCommits()
    expect(await runCli(['diff', '--base', 'finns-inte'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: --base finns-inte: git känner inte till den referensen.\n',
    })
  })
})
