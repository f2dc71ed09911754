#!/usr/bin/env node
/**
 * `npm run bench:limits`: the inputs of issue 15 that once hung, ran out of
 * memory or took seconds (a long line of findings, long shares, a share sum
 * past 1 000 digits, 20 000 group members), each file under 1 MiB, linted
 * and rendered with the built CLI as fresh processes; medians of wall and
 * CPU time and peak memory. Prints a Markdown table and writes it into
 * docs/performance.md between its markers. Not a test: tests never time.
 *
 *   node bench/limits-bench.mjs [--runs 5] [--timeout 120] [--no-write]
 */
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { describeMachine } from './lib/describe-machine.mjs'
import { measureInterleaved } from './lib/measure-runs.mjs'
import { writeBetweenMarkers } from './lib/write-between-markers.mjs'
import { writeLimitInputs } from './lib/write-limit-inputs.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(repo, 'packages/cli/bin/fordela.js')
process.env.FORDELA_CACHE_DIR ??= join(repo, 'bench/.work/code-cache')
const startMarker = '<!-- bench:limits start (npm run bench:limits writes this table) -->'
const endMarker = '<!-- bench:limits end -->'

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '120' },
    'no-write': { type: 'boolean', default: false },
  },
})
if (!existsSync(join(repo, 'packages/cli/bundle/fordela.cjs'))) {
  console.error('bench: packages/cli/bundle/fordela.cjs is missing; build first: npm run build')
  process.exit(2)
}

const loadBefore = loadavg()[0].toFixed(2)
const inputs = writeLimitInputs(join(repo, 'bench/.work/limits'))
const rows = []
for (const input of inputs) {
  const cases = [
    { id: 'lint', args: [bin, 'lint', input.spec], cwd: input.dir, exits: [0, 1] },
    { id: 'lint --format json', args: [bin, 'lint', input.spec, '--format', 'json'], cwd: input.dir, exits: [0, 1] },
    ...(input.id === 'members' ? [{ id: 'render', args: [bin, 'render', input.spec], cwd: input.dir }] : []),
  ]
  process.stderr.write(`bench: ${input.description}\n`)
  const results = measureInterleaved(cases, { runs: Number(options.runs), timeoutSeconds: Number(options.timeout) })
  for (const entry of cases) rows.push({ input, command: entry.id, result: results.get(entry.id) })
}

const machine = describeMachine()
const table = [
  `Measured on ${machine.date}: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}; load average ${loadBefore} before, ${loadavg()[0].toFixed(2)} after; medians of ${options.runs} runs after a warm-up, each a fresh process.`,
  '',
  '| input | largest file | command | wall | CPU | peak memory |',
  '| --- | ---: | --- | ---: | ---: | ---: |',
  ...rows.map(({ input, command, result }) =>
    result.failure
      ? `| ${input.description} | ${kilobytes(input.bytes)} | \`fordela ${command}\` | ${result.failure} | | |`
      : `| ${input.description} | ${kilobytes(input.bytes)} | \`fordela ${command}\` | ${seconds(result.ms)} | ${seconds(result.cpuMs)} | ${Math.round(result.rssMb)} MB |`,
  ),
].join('\n')
console.log(table)
if (!options['no-write']) {
  writeBetweenMarkers(join(repo, 'docs/performance.md'), startMarker, endMarker, table)
  process.stderr.write('bench: wrote the table into docs/performance.md\n')
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`
}

function kilobytes(bytes) {
  return `${Math.round(bytes / 1024)} KB`
}
