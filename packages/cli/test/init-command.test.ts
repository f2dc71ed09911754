import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  const folder = mkdtempSync(join(tmpdir(), 'fordela-init-'))
  folders.push(folder)
  mkdirSync(join(folder, '.git'))
  return folder
}

const scaffold = [
  '.github/workflows/fordela.yml',
  '.vscode/settings.json',
  'data/befolkning-exempel.yaml',
  'fordela.config.yaml',
  'fordelningar/2026-fordelning.md',
  'fordelningar/2026-fordelning.yaml',
  'parter.yaml',
]

describe('fordela init', () => {
  it('scaffolds a county repository that lints clean at once', async () => {
    const root = emptyRepository()
    const init = await runCli(['init', 'lan'], root)
    expect(init).toEqual({
      code: 0,
      stdout:
        `Skapade:\n${scaffold.map((file) => `  lan/${file}`).join('\n')}\n\nNästa steg:\n` +
        '  1. Byt exempeldatan i data/befolkning-exempel.yaml mot SCB:s folkmängd och parterna i parter.yaml mot era egna.\n' +
        '  2. cd lan && fordela lint && fordela render fordelningar/2026-fordelning.yaml -o fordelningar/2026-fordelning.md\n',
      stderr: '',
    })
    expect(await runCli(['lint'], join(root, 'lan'))).toEqual({
      code: 0,
      stdout: '✔ Inga problem i 3 filer.\n',
      stderr: '',
    })
    // The workflow's render --check passes from the first commit on.
    expect((await runCli(['render', 'fordelningar/2026-fordelning.yaml', '--check'], join(root, 'lan'))).code).toBe(0)
  })

  it('splits the example by population exactly, with clearly fictitious units', async () => {
    const root = emptyRepository()
    await runCli(['init'], root)
    expect(readFileSync(join(root, 'data/befolkning-exempel.yaml'), 'utf8')).toMatch(
      /^# EXEMPEL ATT ERSÄTTA: påhittade kommuner/,
    )
    const explained = await runCli(['explain', 'fordelningar/2026-fordelning.yaml', '--party', 'kommunalforbund'], root)
    // 10 000 000 − 2 000 000 − 1 000 000 = 7 000 000 by population: Norr has 10 000 + 20 000, Syd 30 000 + 40 000 of 100 000.
    expect(explained.stdout.split('\n').slice(-6)).toEqual([
      '    Kommunalförbunden får 7 000 000 kr: resten av 7 000 000 kr',
      '      Exempelförbundet Norr får 2 100 000 kr av 7 000 000 kr efter folkmängd: 7 000 000 × 30 000 / 100 000 = 2 100 000',
      '      Exempelförbundet Syd får 4 900 000 kr av 7 000 000 kr efter folkmängd: 7 000 000 × 70 000 / 100 000 = 4 900 000',
      '',
      'Totalt till Kommunalförbunden: 7 000 000 kr',
      '',
    ])
  })

  it("writes a workflow that runs fordela's Action at this version's release tag, checking and rendering the first memo", async () => {
    const root = emptyRepository()
    await runCli(['init'], root)
    const workflow = readFileSync(join(root, '.github/workflows/fordela.yml'), 'utf8')
    const version = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    ).version
    const uses = workflow
      .split('\n')
      .filter((line) => line.includes('uses:'))
      .map((line) => line.trim())
    expect(uses.filter((line) => line.startsWith('uses: fordela/'))).toEqual([`uses: fordela/fordela@v${version}`])
    // Every other action is pinned to a full commit SHA, with the version it is in a comment.
    expect(
      uses.filter(
        (line) =>
          !line.startsWith('uses: fordela/') && !/^(- )?uses: [\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line),
      ),
    ).toEqual([])
    expect(workflow).toContain('          render-check: |\n            fordelningar/2026-fordelning.yaml\n')
    expect(workflow).toContain('          render: |\n            fordelningar/2026-fordelning.yaml\n')
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>
    }
    expect(
      settings['yaml.schemas']['https://raw.githubusercontent.com/fordela/fordela/main/schemas/allocation.schema.json'],
    ).toEqual(['fordelningar/**/*.yaml'])
  })

  it('pins the Action to the reference --action-ref names, and refuses one that is no git reference', async () => {
    const root = emptyRepository()
    expect((await runCli(['init', '--action-ref', 'main'], root)).code).toBe(0)
    expect(readFileSync(join(root, '.github/workflows/fordela.yml'), 'utf8')).toContain(
      '        uses: fordela/fordela@main\n',
    )
    // A space and an expression would end the YAML value and inject into the workflow.
    const version = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    ).version
    expect(await runCli(['init', '--action-ref', 'v1 ${{ github.token }}'], emptyRepository())).toEqual({
      code: 2,
      stdout: '',
      stderr: `fordela: --action-ref "v1 \${{ github.token }}": ange en tagg, gren eller commit (bokstäver, siffror, . _ / -), till exempel v${version}.\n`,
    })
  })

  it('refuses to overwrite existing files (exit 2, nothing written) unless --force', async () => {
    const root = emptyRepository()
    writeFileSync(join(root, 'parter.yaml'), '# våra egna parter\n')
    expect(await runCli(['init'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: finns redan: parter.yaml. Inget skrevs; kör med --force för att skriva över.\n',
    })
    expect(readFileSync(join(root, 'parter.yaml'), 'utf8')).toBe('# våra egna parter\n')
    expect((await runCli(['init', '--force'], root)).code).toBe(0)
    expect(readFileSync(join(root, 'parter.yaml'), 'utf8')).toMatch(/^# EXEMPEL: länets parter/)
  })

  it('has help with an example', async () => {
    const result = await runCli(['init', '--help'], emptyRepository())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('$ fordela init vastra-gotaland-fordelning')
  })

  it('fordela --version prints the version of the package', async () => {
    const version = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    ).version
    expect(await runCli(['--version'], emptyRepository())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })
})
