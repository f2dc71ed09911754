import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)
afterAll(removeWorkspaces)

/** The clean fixture without the section's links: one warning at 14:9 (see lint-exit-codes.test.ts). */
function unlinkedSection(): string {
  const root = copyFixture('clean')
  editFile(root, 'specs/fordelning.yaml', '    links:\n      subgoals: [delmal-1]\n', '')
  return root
}

/** Adds `arkiv/gammal.yaml`: a copy of the allocation with its own id and an unspent fund. */
function addArchivedSpec(root: string): void {
  mkdirSync(join(root, 'arkiv'))
  cpSync(join(root, 'specs/fordelning.yaml'), join(root, 'arkiv/gammal.yaml'))
  editFile(root, 'arkiv/gammal.yaml', 'id: fordelning-2025', 'id: fordelning-2019')
  editFile(
    root,
    'arkiv/gammal.yaml',
    'parties: ./parter.yaml\nstrategy: ./strategi.yaml',
    'parties: ../specs/parter.yaml\nstrategy: ../specs/strategi.yaml',
  )
  editFile(root, 'arkiv/gammal.yaml', 'amount: 2 000 000', 'amount: 1 000 000')
}

describe('fordela.config.yaml', () => {
  it('sets the parser limits, e.g. a smaller largest spec file', async () => {
    const root = copyFixture('clean')
    // The three fixture specs are 207, 299 and 466 bytes (wc -c): each is over a 200-byte limit.
    writeFileSync(join(root, 'fordela.config.yaml'), 'limits:\n  maxFileBytes: 200\n')
    const result = await runCli(['lint', '--format', 'github'], root)
    expect(result.code).toBe(1)
    expect(result.stdout.match(/title=syntax\/file-too-large::/g)?.length).toBe(3)
  })

  it('sets a rule to error or turns it off', async () => {
    const root = unlinkedSection()
    writeFileSync(join(root, 'fordela.config.yaml'), 'rules:\n  link/section-unlinked: error\n')
    const strict = await runCli(['lint'], root)
    expect(strict.code).toBe(1)
    expect(strict.stdout.split('\n')[1]).toMatch(
      /^ {2}specs\/fordelning\.yaml:14:9 {2}fel {2}.*link\/section-unlinked$/,
    )
    writeFileSync(join(root, 'fordela.config.yaml'), 'rules:\n  link/section-unlinked: off\n')
    expect(await runCli(['lint'], root)).toEqual({ code: 0, stdout: '✔ Inga problem i 3 filer.\n', stderr: '' })
  })

  it('leaves out what ignore names, and what include does not', async () => {
    const root = copyFixture('clean')
    addArchivedSpec(root)
    const all = await runCli(['lint'], root)
    expect(all.code).toBe(1)
    expect(all.stdout.split('\n')[0]).toBe('arkiv/gammal.yaml')
    writeFileSync(join(root, 'fordela.config.yaml'), 'ignore: ["arkiv/**"]\n')
    expect((await runCli(['lint'], root)).code).toBe(0)
    writeFileSync(join(root, 'fordela.config.yaml'), 'include: ["specs/*.yaml"]\n')
    expect((await runCli(['lint'], root)).code).toBe(0)
  })

  it('is found from a subfolder, and its folder is the workspace root', async () => {
    const root = unlinkedSection()
    writeFileSync(join(root, 'fordela.config.yaml'), 'lang: en\nrules:\n  link/section-unlinked: error\n')
    const result = await runCli(['lint', 'fordelning.yaml'], join(root, 'specs'))
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'fordelning.yaml',
      expect.stringMatching(/^ {2}fordelning\.yaml:14:9 {2}error {2}.*link\/section-unlinked$/),
    ])
  })
})

describe('fordela-disable-next-line', () => {
  const comment = '  # fordela-disable-next-line sum/fund-not-spent -- resten fördelas i januari\n'

  function brokenSum(): string {
    const root = copyFixture('clean')
    editFile(root, 'specs/fordelning.yaml', 'amount: 2 000 000', 'amount: 1 500 000')
    return root
  }

  it('silences the named rule on the next line when a reason is given', async () => {
    const root = brokenSum()
    editFile(
      root,
      'specs/fordelning.yaml',
      '  - id: strategi\n    title: Strategi',
      `${comment}  - id: strategi\n    title: Strategi`,
    )
    expect(await runCli(['lint'], root)).toEqual({
      code: 0,
      stdout: '✔ Inga problem i 3 filer.\n(Dessutom: 1 fynd undantaget med fordela-disable-next-line.)\n',
      stderr: '',
    })
  })

  it('reports a comment without a reason as an error at the comment', async () => {
    const root = brokenSum()
    editFile(
      root,
      'specs/fordelning.yaml',
      '  - id: strategi\n    title: Strategi',
      '  # fordela-disable-next-line sum/fund-not-spent\n  - id: strategi\n    title: Strategi',
    )
    const result = await runCli(['lint'], root)
    expect(result.code).toBe(1)
    // The comment is line 10, its "#" at column 3.
    expect(result.stdout.split('\n')[1]).toMatch(
      /^ {2}specs\/fordelning\.yaml:10:3 {2}fel {2}.*suppression\/missing-reason$/,
    )
  })

  it('warns about a comment that silences nothing', async () => {
    const root = copyFixture('clean')
    editFile(
      root,
      'specs/fordelning.yaml',
      '  - id: strategi\n    title: Strategi',
      `${comment}  - id: strategi\n    title: Strategi`,
    )
    const result = await runCli(['lint'], root)
    expect(result.code).toBe(0)
    // "  # fordela-disable-next-line " is 30 characters, so the rule id starts at 10:31.
    expect(result.stdout.split('\n')[1]).toMatch(
      /^ {2}specs\/fordelning\.yaml:10:31 {2}varning {2}.*suppression\/unused$/,
    )
  })
})
