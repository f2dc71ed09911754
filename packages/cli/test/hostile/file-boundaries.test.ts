import { spawnSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from '../helpers/run-cli.js'

/**
 * Issue 15: every file the CLI reads or overwrites (config, baseline,
 * committed memo, CSV, -o targets) is resolved with links followed, must
 * stay inside the workspace and be a regular file, and what a refused file
 * holds never reaches the output. Links, pipes and device nodes are made
 * here, at test time; CI runs as root, where `mknod` works.
 */

/** A secret beside the workspace, shaped like /etc/passwd, that no output may ever contain. */
const secretText = 'root:x:0:0:HEMLIGHET-15:/root:/bin/bash\n'
const secretMarker = 'HEMLIGHET-15'
const outside = mkdtempSync(path.join(tmpdir(), 'fordela-outside-'))
const secret = path.join(outside, 'passwd')
writeFileSync(secret, secretText)
const asRoot = process.getuid?.() === 0

beforeAll(requireBuiltCli)
afterEach(removeWorkspaces)
afterAll(() => rmSync(outside, { recursive: true, force: true }))

/** Makes a named pipe with the system's `mkfifo`. */
function makeFifo(file: string): void {
  expect(spawnSync('mkfifo', [file]).status).toBe(0)
}

/** Everything a run printed, checked for the secret. */
function expectNoSecret(run: { stdout: string; stderr: string }): void {
  expect(run.stdout + run.stderr).not.toContain(secretMarker)
}

describe('reads outside the workspace are refused, and the content is never printed', () => {
  test('render --check against a committed memo that is a link out of the workspace', async () => {
    const root = copyFixture('render')
    symlinkSync(secret, path.join(root, 'specs/fordelning.md'))
    const run = await runCli(['render', 'specs/fordelning.yaml', '--check'], root)
    expectNoSecret(run)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: specs/fordelning.md kan inte läsas: den leder, med länkarna följda, ut ur arbetsytan; skapa den med fordela render specs/fordelning.yaml -o specs/fordelning.md.\n',
    })
  })

  test('a fordela-baseline.json that is a link out of the workspace', async () => {
    const root = copyFixture('clean')
    symlinkSync(secret, path.join(root, 'fordela-baseline.json'))
    const run = await runCli(['lint'], root)
    expectNoSecret(run)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: fordela-baseline.json: baslinjen kan inte läsas: den leder, med länkarna följda, ut ur arbetsytan.\n',
    })
  })

  test('--baseline naming a file that is no JSON: the parser message, which quotes it, is never shown', async () => {
    const root = copyFixture('clean')
    const run = await runCli(['lint', '--baseline', secret], root)
    expectNoSecret(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/: baslinjen är trasig \(det är ingen JSON\); skriv om den med --baseline-write\.\n$/u)
  })

  test('a fordela.config.yaml that is a link out of the workspace: not read, so no key of it is echoed', async () => {
    const root = copyFixture('clean')
    writeFileSync(path.join(outside, 'config.yaml'), `${secretMarker}: 1\n`)
    symlinkSync(path.join(outside, 'config.yaml'), path.join(root, 'fordela.config.yaml'))
    const run = await runCli(['lint'], root)
    expectNoSecret(run)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fordela: fordela.config.yaml: konfigurationen kan inte läsas: den leder, med länkarna följda, ut ur arbetsytan.\n',
    })
  })

  test('a config, baseline and memo that are named pipes are refused at once, never opened', async () => {
    const root = copyFixture('render')
    rmSync(path.join(root, 'fordela.config.yaml'))
    makeFifo(path.join(root, 'fordela.config.yaml'))
    const config = await runCli(['lint'], root)
    expect(config.stderr).toBe(
      'fordela: fordela.config.yaml: konfigurationen kan inte läsas: det är ingen vanlig fil (utan till exempel en mapp, en namngiven pipe eller en enhet).\n',
    )
    rmSync(path.join(root, 'fordela.config.yaml'))
    makeFifo(path.join(root, 'fordela-baseline.json'))
    expect((await runCli(['lint'], root)).stderr).toBe(
      'fordela: fordela-baseline.json: baslinjen kan inte läsas: det är ingen vanlig fil (utan till exempel en mapp, en namngiven pipe eller en enhet).\n',
    )
    rmSync(path.join(root, 'fordela-baseline.json'))
    makeFifo(path.join(root, 'specs/fordelning.md'))
    const check = await runCli(['render', 'specs/fordelning.yaml', '--check'], root)
    expect({ code: check.code, stderr: check.stderr }).toEqual({
      code: 2,
      stderr:
        'fordela: specs/fordelning.md kan inte läsas: det är ingen vanlig fil (utan till exempel en mapp, en namngiven pipe eller en enhet); skapa den med fordela render specs/fordelning.yaml -o specs/fordelning.md.\n',
    })
  })

  test('a CSV path that is a named pipe is a positioned finding; the run does not block', async () => {
    const root = copyFixture('clean')
    writeFileSync(
      path.join(root, 'specs/folk.yaml'),
      // Line 12 "  path: ./folk.csv": the value starts at column 9.
      'apiVersion: fordela/v1\nkind: Dataset\nid: folk\ntitle: Folkmängd\nunitKind: lan\nreferenceDate: 2023-12-31\nsource:\n  publisher: SCB\nmeasures:\n  - id: folk\ncsv:\n  path: ./folk.csv\n  unit: region\n  measures:\n    folk: folk\n',
    )
    makeFifo(path.join(root, 'specs/folk.csv'))
    const run = await runCli(['lint', '--format', 'json', '--lang', 'en'], root)
    type Report = {
      files: { diagnostics: { rule: string; file: string; line: number; column: number; message: string }[] }[]
    }
    const findings = (JSON.parse(run.stdout) as Report).files.flatMap((file) => file.diagnostics)
    expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`)).toContain(
      'ref/file-unreadable specs/folk.yaml:12:9 The file ./folk.csv could not be read: it is not a regular file (but, say, a folder, a named pipe or a device).',
    )
  })

  test('a file-system error reaches the user in words, never as a Node code', async () => {
    const root = copyFixture('clean')
    // Two links that lead to each other: realpath fails with ELOOP.
    symlinkSync('b.md', path.join(root, 'specs/a.md'))
    symlinkSync('a.md', path.join(root, 'specs/b.md'))
    const run = await runCli(['render', 'specs/fordelning.yaml', '--check', '-o', 'specs/a.md'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('kan inte läsas: symboliska länkar leder runt i en cirkel eller i för många steg;')
    expect(run.stderr).not.toMatch(/ELOOP|ERR_|E[A-Z]{3,}/u)
  })
})

describe('render -o writes atomically only over a regular file inside the workspace', () => {
  const render = (root: string, target: string) => runCli(['render', 'specs/fordelning.yaml', '-o', target], root)
  const notRegular = 'det är ingen vanlig fil (utan till exempel en mapp, en namngiven pipe eller en enhet)'

  test('-o /dev/null: refused, and the device is still a device', async () => {
    const root = copyFixture('render')
    const run = await render(root, '/dev/null')
    expect(run).toEqual({ code: 2, stdout: '', stderr: `fordela: /dev/null: kan inte skriva filen: ${notRegular}.\n` })
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  test('-o onto a character device inside the workspace (made with mknod as root, else a pipe): refused, left as it is', async () => {
    const root = copyFixture('render')
    const node = path.join(root, 'specs/memo.md')
    if (asRoot)
      expect(spawnSync('mknod', [node, 'c', '1', '7']).status).toBe(0) // 1,7 is /dev/full
    else makeFifo(node)
    const run = await render(root, 'specs/memo.md')
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `fordela: specs/memo.md: kan inte skriva filen: ${notRegular}.\n`,
    })
    expect(lstatSync(node).isFile()).toBe(false)
    expect(readdirSync(path.join(root, 'specs')).sort()).toEqual(['fordelning.yaml', 'memo.md', 'parter.yaml'])
  })

  test('-o onto a link out of the workspace: refused, and the file behind it untouched', async () => {
    const root = copyFixture('render')
    symlinkSync(secret, path.join(root, 'specs/memo.md'))
    const run = await render(root, 'specs/memo.md')
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'fordela: specs/memo.md: kan inte skriva filen: den leder, med länkarna följda, ut ur arbetsytan.\n',
    })
    expect(readFileSync(secret, 'utf8')).toBe(secretText)
    expect(lstatSync(path.join(root, 'specs/memo.md')).isSymbolicLink()).toBe(true)
  })

  test('-o through a link that stays inside the workspace writes the file it leads to and keeps the link', async () => {
    const root = copyFixture('render')
    writeFileSync(path.join(root, 'specs/real.md'), 'gammalt\n')
    symlinkSync('real.md', path.join(root, 'specs/memo.md'))
    expect((await render(root, 'specs/memo.md')).code).toBe(0)
    expect(lstatSync(path.join(root, 'specs/memo.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(root, 'specs/real.md'), 'utf8')).toMatch(/^# /u)
  })

  test('lint --baseline-write onto a pipe is refused too; nothing is left behind', async () => {
    const root = copyFixture('clean')
    editFile(root, 'specs/fordelning.yaml', 'amount: 2 000 000', 'amount: 1 500 000')
    makeFifo(path.join(root, 'fordela-baseline.json'))
    const run = await runCli(['lint', '--baseline-write'], root)
    expect(run.code).toBe(2)
    // --baseline-write first reads the baseline it extends; the pipe is refused there, unopened.
    expect(run.stderr).toBe(`fordela: fordela-baseline.json: baslinjen kan inte läsas: ${notRegular}.\n`)
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(existsSync(path.join(root, 'fordela-baseline.json'))).toBe(true)
  })
})
