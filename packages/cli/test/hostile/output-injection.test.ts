import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { copyFixture, editFile, removeWorkspaces, requireBuiltCli, runCli } from '../helpers/run-cli.js'

/**
 * Issue 15: no line of fordela's output, in any format, starts with `::`
 * unless fordela wrote that workflow command, and no control character from
 * a spec (ESC, BEL, NUL) reaches the terminal raw. The attack rides in a key,
 * a value and a file name, each holding a line break followed by a command.
 */

const command = '::warning file=README.md,line=1::pwned'
const escapes = '\x1b[8m\x1b]0;titel\x07\0'
let root = ''

beforeAll(() => {
  requireBuiltCli()
  root = copyFixture('clean')
  // An unknown key (quoted, so YAML reads "\n" as a line break) and a title, both with the command after a break.
  editFile(root, 'specs/fordelning.yaml', 'year: 2025\n', `year: 2025\n"x\\n${command}\\e[8m": 1\n`)
  editFile(
    root,
    'specs/fordelning.yaml',
    'title: Stöd till strategin',
    `title: "Stöd\\n::stop-commands::tok\\e]0;titel\\a"`,
  )
  // A file whose name holds a line break and a command, and that is itself an unknown kind of spec.
  writeFileSync(
    path.join(root, 'specs', `a\n${command}${escapes.replace('\0', '')}.yaml`),
    'apiVersion: fordela/v1\nkind: Okand\nid: x\n',
  )
})
afterAll(removeWorkspaces)

/** The lines of an output that start with "::", which only fordela's own annotations may. */
function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/u).filter((line) => line.startsWith('::'))
}

describe.each(['stylish', 'json', 'sarif', 'junit', 'github'])('fordela lint --format %s', (format) => {
  test('starts no line with "::" but its own annotations, and prints no raw control character', async () => {
    const run = await runCli(['lint', '--format', format], root, { GITHUB_STEP_SUMMARY: path.join(root, 'summary.md') })
    expect(run.code).toBe(1)
    const output = run.stdout + run.stderr
    const own =
      /^::(error|warning|notice) file=[^\n:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+\/[a-z-]+::/u
    const foreign = commandLines(output).filter((line) => format !== 'github' || !own.test(line))
    expect(foreign).toEqual([])
    expect(output).not.toMatch(/[\0\x07\x1b]/u)
    // The key and the file name are still there for the reader, escaped.
    if (format === 'stylish') expect(output).toContain(`x\\n${command}\\x1b[8m`)
  })
})

test('the job summary written with --format github starts no line with "::" and holds no raw control character', async () => {
  const summary = path.join(root, 'step-summary.md')
  await runCli(['lint', '--format', 'github'], root, { GITHUB_STEP_SUMMARY: summary })
  const { readFileSync } = await import('node:fs')
  const text = readFileSync(summary, 'utf8')
  expect(commandLines(text)).toEqual([])
  expect(text).not.toMatch(/[\0\x07\x1b]/u)
})

test('fordela render prints no line starting with "::" and no raw control character', async () => {
  const clean = copyFixture('render')
  // The memo's summary is prose that starts a paragraph, so its first line starts a line of the Markdown.
  editFile(
    clean,
    'specs/fordelning.yaml',
    'parties: ./parter.yaml\n',
    'parties: ./parter.yaml\nsummary: "::stop-commands::tok\\e[8m"\n',
  )
  const run = await runCli(['render', 'specs/fordelning.yaml'], clean)
  expect(run.code).toBe(0)
  expect(commandLines(run.stdout)).toEqual([])
  expect(run.stdout).not.toMatch(/[\0\x07\x1b]/u)
  expect(run.stdout).toContain('\\x1b\\[8m')
})

test('a config key and a committed memo with a line break, "::" and ESC are shown escaped, on their own lines', async () => {
  const clean = copyFixture('render')
  // The config's key holds a line break, a workflow command and ESC; the committed memo a raw ESC and a "::" line.
  writeFileSync(path.join(clean, 'fordela.config.yaml'), `"x\\n${command}\\e[8m": 1\n`)
  const config = await runCli(['lint'], clean)
  expect(config.code).toBe(2)
  expect(commandLines(config.stdout + config.stderr)).toEqual([])
  expect(config.stderr).not.toMatch(/[\0\x07\x1b]/u)
  expect(config.stderr).toContain(`x\\n${command}\\x1b[8m`)
  writeFileSync(path.join(clean, 'fordela.config.yaml'), 'lang: sv\n')
  writeFileSync(path.join(clean, 'specs/fordelning.md'), `# Gammalt\x1b]0;titel\x07\n${command}\n`)
  const check = await runCli(['render', 'specs/fordelning.yaml', '--check'], clean)
  expect(check.code).toBe(1)
  expect(commandLines(check.stdout + check.stderr)).toEqual([])
  expect(check.stdout).not.toMatch(/[\0\x07\x1b]/u)
  expect(check.stdout).toContain('-# Gammalt\\x1b]0;titel\\x07\n')
})

test.each([['explain'], ['diff']])('fordela %s prints a party name with "::" and ESC escaped', async (command) => {
  const clean = copyFixture('render')
  editFile(clean, 'specs/parter.yaml', 'name: NSPH Väst', 'name: "::stop-commands::tok\\e[8m"')
  const args =
    command === 'explain'
      ? ['explain', 'specs/fordelning.yaml']
      : ['diff', 'specs/fordelning.yaml', 'specs/fordelning.yaml']
  const run = await runCli(args, clean)
  expect(run.code).toBe(0)
  expect(commandLines(run.stdout + run.stderr)).toEqual([])
  expect(run.stdout + run.stderr).not.toMatch(/[\0\x07\x1b]/u)
  if (command === 'explain') expect(run.stdout).toContain('::stop-commands::tok\\x1b[8m')
})
