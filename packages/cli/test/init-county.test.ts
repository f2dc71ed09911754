import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** An empty temporary folder with a `.git` folder, so no config above it applies. */
function emptyRepository(): string {
  const folder = mkdtempSync(join(tmpdir(), 'fordela-init-lan-'))
  folders.push(folder)
  mkdirSync(join(folder, '.git'))
  return folder
}

const examples = new URL('../../../examples/', import.meta.url)
const readExample = (path: string) => readFileSync(new URL(path, examples), 'utf8')
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version
/** The examples' editor modeline, pointed at this release's schemas as the new repository has it. */
const atRelease = (text: string) =>
  text.replace(
    '$schema=../../schemas/',
    `$schema=https://raw.githubusercontent.com/fordela/fordela/v${version}/schemas/`,
  )

/** The 21 län as SCB's file in examples/data lists them: code → name. */
const counties = readExample('data/befolkning-lan-2023-12-31.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(';'))
/** The kommuner of a län in the kommun file (its `lan` column). */
const kommunerOf = (countyName: string) =>
  readExample('data/befolkning-kommun-2025-09-30.csv')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(';'))
    .filter(([, county]) => county === countyName)
    .map(([kommun]) => kommun)

describe('fordela init --lan 14 --year 2025', () => {
  let root: string
  let stdout: string
  beforeAll(async () => {
    root = emptyRepository()
    const init = await runCli(['init', '--lan', '14', '--year', '2025'], root)
    expect(init.code).toBe(0)
    stdout = init.stdout
  })

  it("starts Västra Götaland's repository with the 2025 agreement, the strategy, the sourced data and its parties", () => {
    expect(stdout.split('\n').slice(0, 14)).toEqual([
      'Skapade ett förråd för Västra Götalands län 2025:',
      '  .github/workflows/fordela.yml',
      '  .vscode/settings.json',
      '  data/README.md',
      '  data/befolkning-kommun-2025-09-30.csv',
      '  data/befolkning-kommun-2025-09-30.yaml',
      '  data/befolkning-lan-2023-12-31.csv',
      '  data/befolkning-lan-2023-12-31.yaml',
      '  fordela-baseline.json',
      '  fordela.config.yaml',
      '  overenskommelser/skr-2025-overenskommelse.yaml',
      '  parter.yaml',
      '  strategi/nationell-strategi-2025-2034.yaml',
      '',
    ])
    // The national files are the examples' own, sources and all; only the schema modeline points at this release.
    for (const [written, example] of [
      ['overenskommelser/skr-2025-overenskommelse.yaml', 'nationellt/skr-2025-overenskommelse.yaml'],
      ['strategi/nationell-strategi-2025-2034.yaml', 'nationellt/nationell-strategi-2025-2034.yaml'],
      ['data/befolkning-kommun-2025-09-30.yaml', 'data/befolkning-kommun-2025-09-30.yaml'],
      ['data/befolkning-kommun-2025-09-30.csv', 'data/befolkning-kommun-2025-09-30.csv'],
      ['data/befolkning-lan-2023-12-31.yaml', 'data/befolkning-lan-2023-12-31.yaml'],
      ['data/befolkning-lan-2023-12-31.csv', 'data/befolkning-lan-2023-12-31.csv'],
      ['data/README.md', 'data/README.md'],
    ]) {
      expect([written, readFileSync(join(root, written!), 'utf8')]).toEqual([written, atRelease(readExample(example!))])
    }
    // The parties are the example's: the region, NSPH, civil society, four kommunalförbund and the vårdsamverkan areas.
    expect(readFileSync(join(root, 'parter.yaml'), 'utf8')).toBe(
      atRelease(readExample('vastra-gotaland/parter.yaml')).replace(
        'dataset: ../data/befolkning-kommun',
        'dataset: ./data/befolkning-kommun',
      ),
    )
  })

  it('lints clean, with the one known finding of the 2025 files in the baseline, said at init', async () => {
    // The agreement's kommun column splits by population aged 0–18, which no source has (see examples/data/README.md).
    const line =
      readExample('nationellt/skr-2025-overenskommelse.yaml').split('\n').indexOf('              by: folkmangd-0-18') +
      1
    expect(stdout).toContain(
      `  overenskommelser/skr-2025-overenskommelse.yaml:${line}  data/missing-measure: Datasetet befolkning-kommun-2025-09-30 har inget mått "folkmangd-0-18"`,
    )
    expect(await runCli(['lint'], root)).toEqual({
      code: 0,
      stdout: '✔ Inga problem i 7 filer.\n(Dessutom: 1 fynd dolt av baslinjen.)\n',
      stderr: '',
    })
  })

  it('writes a workflow with the Action and no memo to check yet', () => {
    const workflow = readFileSync(join(root, '.github/workflows/fordela.yml'), 'utf8')
    expect(workflow).toContain(`        uses: fordela/fordela@v${version}\n`)
    expect(workflow).toContain("          render-check: ''\n")
  })
})

describe('fordela init --lan for every län', () => {
  it('knows the 21 län of the data', () => {
    expect(counties.length).toBe(21)
  })

  it.each(counties.filter(([code]) => code !== '14'))(
    'starts %s %s with its kommuner from the data and says what is not known',
    async (code, name) => {
      const root = emptyRepository()
      expect((await runCli(['init', '--lan', code!], root)).code).toBe(0)
      const parties = readFileSync(join(root, 'parter.yaml'), 'utf8')
      expect(parties).toContain(`county:\n  code: "${code}"\n  name: "${name}"\n`)
      // Each kommun of the län, as the kommun file names it, is a member with that one unit.
      const units = [...parties.matchAll(/^ {8}units: \["(.+)"\]$/gm)].map((match) => match[1])
      expect(units).toEqual(kommunerOf(name!))
      expect(parties).toContain('# Det här finns INTE i fordelas källor och har inte gissats fram: regionens')
      expect(await runCli(['lint'], root)).toEqual({
        code: 0,
        stdout: '✔ Inga problem i 7 filer.\n(Dessutom: 1 fynd dolt av baslinjen.)\n',
        stderr: '',
      })
    },
  )
})

describe('fordela init --lan, wrongly', () => {
  it('names the 21 codes for a code no län has', async () => {
    const result = await runCli(['init', '--lan', '99'], emptyRepository())
    const known = counties.map(([code, name]) => `${code} ${name}`).join(', ')
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `fordela: --lan 99: inget län har den koden. Länskoderna: ${known}.\n`,
    })
  })

  it('names the years it has for a year it has no agreement for, writing nothing', async () => {
    const root = emptyRepository()
    expect(await runCli(['init', '--lan', '14', '--year', '2026'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: --year 2026: fordela har ingen överenskommelse för 2026, bara för 2025.\n',
    })
    expect(readdirSync(root)).toEqual(['.git'])
  })
})
