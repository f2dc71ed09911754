#!/usr/bin/env node
/**
 * `npm run bench:hostile`: how long fordela takes on the hostile corpus
 * (test/hostile/fixtures) and on the inputs of many small mistakes that were
 * once quadratic (test/hostile/large-inputs.ts), the very inputs whose
 * findings the tests check. Tests never time anything; this does:
 *
 * - every corpus case linted by the built CLI (`fordela lint --format json`,
 *   as packages/cli/test/hostile runs it), against the 2 s per input
 *   with Node's start included;
 * - the library's load and evaluation of each case in a fresh process (what
 *   packages/engine/test/hostile/hostile-corpus.test.ts runs);
 * - each large input's stage at n/4 and n, with the cost per item at n
 *   divided by the cost per item at n/4 (1 for linear work, 4 for quadratic).
 *
 * Medians of fresh processes, interleaved. Prints Markdown and writes it into
 * docs/performance.md between its markers.
 *
 *   node bench/hostile-bench.mjs [--runs 5] [--timeout 60] [--no-write]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { bundleTestFixtures } from './lib/bundle-test-fixtures.mjs'
import { describeMachine } from './lib/describe-machine.mjs'
import { measureInterleaved, median } from './lib/measure-runs.mjs'
import { writeBetweenMarkers } from './lib/write-between-markers.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(repo, 'packages/cli/bin/fordela.js')
const stageScript = join(repo, 'bench/lib/time-hostile-stage.mjs')
process.env.FORDELA_CACHE_DIR ??= join(repo, 'bench/.work/code-cache')
const startMarker = '<!-- bench:hostile start (npm run bench:hostile writes this part) -->'
const endMarker = '<!-- bench:hostile end -->'
/** The bound for one `fordela lint` of a hostile input, Node's start included. */
const budgetMs = 2000

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '60' },
    'no-write': { type: 'boolean', default: false },
  },
})
const runs = Number(options.runs)
const timeoutSeconds = Number(options.timeout)
if (!existsSync(join(repo, 'packages/cli/bundle/fordela.cjs'))) {
  console.error('bench: packages/cli/bundle/fordela.cjs is missing; build first: npm run build')
  process.exit(2)
}

const loadBefore = loadavg()[0].toFixed(2)
const bundle = join(repo, 'bench/.work/hostile/fixtures.mjs')
await bundleTestFixtures(
  repo,
  [
    "export { listHostileCases } from './test/hostile/list-hostile-cases.ts'",
    "export { prepareHostileWorkspace } from './test/hostile/prepare-hostile-workspace.ts'",
    "export { listLargeInputs } from './test/hostile/large-inputs.ts'",
    "export { createMemoryHost, memoryRoot } from './test/fuzz/memory-workspace-host.ts'",
    "export { loadWorkspace, loadYaml, validateDocument } from './packages/parser/src/index.ts'",
    "export { nodeWorkspaceHost } from './packages/parser/src/node.ts'",
    "export { evaluateWorkspace } from './packages/engine/src/index.ts'",
  ].join('\n'),
  bundle,
)
const fixtures = await import(pathToFileURL(bundle).href)

const cases = fixtures.listHostileCases()
const workspaces = new Map()
for (const hostile of cases) {
  const workspace = await fixtures.prepareHostileWorkspace(hostile)
  // A .git folder, as at a repository root, where the search for a config file stops (as in the CLI's test).
  mkdirSync(join(workspace.root, '.git'))
  workspaces.set(hostile.name, workspace)
}

try {
  process.stderr.write(`bench: fordela lint on ${cases.length} hostile inputs\n`)
  const lint = measureInterleaved(
    cases.map((hostile) => ({
      id: hostile.name,
      args: [bin, 'lint', ...(hostile.lint ?? []), '--format', 'json'],
      cwd: workspaces.get(hostile.name).root,
      exits: [0, 1],
    })),
    { runs, timeoutSeconds },
  )
  process.stderr.write('bench: the library on each hostile input\n')
  const library = sampleInterleaved(
    cases.map((hostile) => ({
      id: hostile.name,
      args: ['corpus', workspaces.get(hostile.name).root, ...(hostile.lint ?? [])],
    })),
  )
  process.stderr.write('bench: the inputs that were quadratic, at n/4 and n\n')
  const large = fixtures.listLargeInputs()
  const stages = sampleInterleaved(
    large.flatMap((_, index) =>
      [0.25, 1].map((scale) => ({ id: `${index}@${scale}`, args: ['large', String(index), String(scale)] })),
    ),
  )

  const machine = describeMachine()
  const text = [
    `Measured on ${machine.date}: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}; load average ${loadBefore} before, ${loadavg()[0].toFixed(2)} after; medians of ${runs} fresh processes per row, interleaved (the CLI's after a warm-up run each).`,
    '',
    `The hostile corpus: \`fordela lint --format json\` (Node's start included; the issue's bound is ${budgetMs / 1000} s), and the library's load and evaluation of the same files, timed inside the process.`,
    '',
    '| input | `fordela lint` wall | CPU | peak memory | within 2 s | library: load + evaluate | CPU |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: |',
    ...cases.map((hostile) => {
      const cli = lint.get(hostile.name)
      const lib = library.get(hostile.name)
      const cliCells = cli.failure
        ? [cli.failure, '', '', 'no']
        : [ms(cli.ms), ms(cli.cpuMs), `${Math.round(cli.rssMb)} MB`, cli.ms < budgetMs ? 'yes' : '**no**']
      const libCells = lib.failure ? [lib.failure, ''] : [ms(lib.ms), ms(lib.cpuMs)]
      return `| ${hostile.name} | ${[...cliCells, ...libCells].join(' | ')} |`
    }),
    '',
    'Inputs that were quadratic: the stage alone, its input built and read beforehand in the same process. The last column is the cost per item at n divided by the cost per item at n/4, on CPU time: 1 for linear work, 4 for quadratic.',
    '',
    '| input (at n) | stage | n/4: wall (CPU) | n: wall (CPU) | cost per item, n ÷ n/4 |',
    '| --- | --- | ---: | ---: | ---: |',
    ...large.map((input, index) => {
      const [quarter, whole] = [stages.get(`${index}@0.25`), stages.get(`${index}@1`)]
      if (quarter.failure || whole.failure)
        return `| ${input.name} | ${input.stage} | ${quarter.failure ?? ''} | ${whole.failure ?? ''} | |`
      return `| ${input.name} | ${input.stage} | ${ms(quarter.ms)} (${ms(quarter.cpuMs)}) | ${ms(whole.ms)} (${ms(whole.cpuMs)}) | ${(whole.cpuMs / (4 * quarter.cpuMs)).toFixed(2)} |`
    }),
  ].join('\n')
  console.log(text)
  if (!options['no-write']) {
    writeBetweenMarkers(join(repo, 'docs/performance.md'), startMarker, endMarker, text)
    process.stderr.write('bench: wrote the tables into docs/performance.md\n')
  }
} finally {
  for (const workspace of workspaces.values()) await workspace.remove()
}

/**
 * Runs time-hostile-stage.mjs `runs` times per sample, interleaved, each a
 * fresh process, and takes the medians of the times it reports.
 *
 * @param {{ id: string, args: string[] }[]} samples
 * @returns {Map<string, { ms: number, cpuMs: number, failure?: string }>}
 */
function sampleInterleaved(samples) {
  const records = new Map(samples.map((sample) => [sample.id, { ms: [], cpu: [], failure: undefined }]))
  for (let round = 0; round < runs; round += 1) {
    for (const sample of samples) {
      const record = records.get(sample.id)
      if (record.failure) continue
      const result = spawnSync(process.execPath, [stageScript, bundle, ...sample.args], {
        encoding: 'utf8',
        timeout: timeoutSeconds * 1000,
        maxBuffer: 64 * 1024 * 1024,
      })
      if (result.status !== 0) {
        record.failure = result.signal
          ? `timeout: killed after ${timeoutSeconds} s`
          : `exit ${result.status}: ${result.stderr.trim().split('\n')[0]}`
        continue
      }
      const { ms: wall, cpuMs } = JSON.parse(result.stdout)
      record.ms.push(wall)
      record.cpu.push(cpuMs)
    }
  }
  return new Map(
    [...records].map(([id, record]) => [
      id,
      record.failure
        ? { ms: Number.NaN, cpuMs: Number.NaN, failure: record.failure }
        : { ms: median(record.ms), cpuMs: median(record.cpu) },
    ]),
  )
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`
}
