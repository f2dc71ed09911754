#!/usr/bin/env node
/**
 * Times what importing each layer of fordela costs in a fresh process:
 * medians over `runs` of `node -e 'await import(…)'` for Node alone, yaml,
 * decimal.js, commander, chalk, the generated validators, each package's
 * index, and the CLI's lint command module.
 *
 * Usage: node bench/tools/time-imports.mjs [runs=11]
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { measureInterleaved } from '../lib/measure-runs.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const runs = Number(process.argv[2] ?? 11)
const fromParser = createRequire(join(repo, 'packages/parser/package.json'))
const fromCli = createRequire(join(repo, 'packages/cli/package.json'))
const url = (path) => pathToFileURL(path).href
const targets = [
  ['node -e 0', []],
  ['yaml', [url(fromParser.resolve('yaml'))]],
  ['decimal.js', [url(fromParser.resolve('decimal.js'))]],
  ['commander', [url(fromCli.resolve('commander'))]],
  ['chalk', [url(fromCli.resolve('chalk'))]],
  [
    'yaml + decimal.js + commander + chalk',
    [
      fromParser.resolve('yaml'),
      fromParser.resolve('decimal.js'),
      fromCli.resolve('commander'),
      fromCli.resolve('chalk'),
    ].map(url),
  ],
  ['parser: generated validators', [url(join(repo, 'packages/parser/dist/schema/generated/validators.js'))]],
  ['@fordela/parser (index)', [url(join(repo, 'packages/parser/dist/index.js'))]],
  ['@fordela/engine (index)', [url(join(repo, 'packages/engine/dist/index.js'))]],
  ['cli run.js (commander, no command)', [url(join(repo, 'packages/cli/dist/run.js'))]],
  ['cli lint-command.js (everything lint needs)', [url(join(repo, 'packages/cli/dist/commands/lint-command.js'))]],
]
const cases = targets.map(([label, urls]) => ({
  id: label,
  args:
    urls.length === 0
      ? ['-e', '0']
      : ['--input-type=module', '-e', urls.map((u) => `await import(${JSON.stringify(u)})`).join(';')],
  cwd: repo,
}))
const results = measureInterleaved(cases, { runs, timeoutSeconds: 60 })
const base = results.get('node -e 0').ms
for (const [label, result] of results) {
  console.log(
    `${Math.round(result.ms).toString().padStart(6)} ms  +${Math.round(result.ms - base)
      .toString()
      .padStart(4)} ms  ${Math.round(result.rssMb)} MB  ${label}${result.failure ? ` FAILED ${result.failure}` : ''}`,
  )
}
