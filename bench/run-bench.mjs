#!/usr/bin/env node
/**
 * `npm run bench`: times fordela against the floor (a bare script that
 * imports `yaml` and parses the same files), against `node -e 0` and against
 * Spectral, as medians of fresh processes, with peak memory; checks that
 * lint time grows linearly with input size; prints one report and writes it
 * to docs/performance.md. See bench/README.md for the options.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateWorkspace } from './generate-workspace.mjs'
import { describeMachine } from './lib/describe-machine.mjs'
import { findSpectral } from './lib/find-spectral.mjs'
import { composeReport } from './lib/compose-report.mjs'
import { listCliCommands } from './lib/list-cli-commands.mjs'
import { measureInterleaved } from './lib/measure-runs.mjs'
import { planCases } from './lib/plan-cases.mjs'
import { writePerformanceDoc } from './lib/write-performance-doc.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(repo, 'bench/.work')
const bin = join(repo, 'packages/cli/bin/fordela.js')
const floor = join(repo, 'bench/floor-parse.mjs')
// The CLI's code caches go to bench/.work, not the user's cache folder: the
// warm-up run of each case writes the one its command needs.
process.env.FORDELA_CACHE_DIR ??= join(work, 'code-cache')

const { values: options } = parseArgs({
  options: {
    'cold-runs': { type: 'string', default: '15' },
    'large-runs': { type: 'string', default: '5' },
    'stress-runs': { type: 'string', default: '5' },
    timeout: { type: 'string', default: '120' },
    'stress-timeout': { type: 'string', default: '60' },
    count: { type: 'string', default: '1000' },
    regenerate: { type: 'boolean', default: false },
    spectral: { type: 'boolean', default: true },
    'no-spectral': { type: 'boolean', default: false },
    'spectral-timeout': { type: 'string', default: '180' },
    stress: { type: 'boolean', default: true },
    'no-stress': { type: 'boolean', default: false },
    write: { type: 'boolean', default: true },
    'no-write': { type: 'boolean', default: false },
    'quiet-load': { type: 'string', default: '0' },
    'quiet-wait': { type: 'string', default: '600' },
  },
})
const coldRuns = Number(options['cold-runs'])
const largeRuns = Number(options['large-runs'])
const stressRuns = Number(options['stress-runs'])
const timeoutSeconds = Number(options.timeout)
const count = Number(options.count)

if (!existsSync(join(repo, 'packages/cli/bundle/fordela.cjs'))) {
  console.error('bench: packages/cli/bundle/fordela.cjs is missing; build first: npm run build')
  process.exit(2)
}

const loadAtStart = describeLoad()
const manifest = ensureWorkspace()
const commands = listCliCommands(bin)
const spectral = options.spectral && !options['no-spectral'] ? lookUpSpectral() : { reason: 'skipped (--no-spectral)' }
const cases = planCases({
  repo,
  bin,
  floor,
  large: manifest.large,
  years: manifest.years,
  commands,
  spectral: 'entry' in spectral ? spectral : undefined,
})

await waitForQuiet()
log(`cold starts: ${cases.cold.length} commands × ${coldRuns} runs`)
const cold = measureInterleaved(cases.cold, { runs: coldRuns, timeoutSeconds })
const present = cases.commandCases.filter((entry) => !entry.missing)
await waitForQuiet()
log(`render/diff: ${present.length} commands × ${coldRuns} runs`)
const commandResults = measureInterleaved(present, { runs: coldRuns, timeoutSeconds })
await waitForQuiet()
log(`large workspace: ${cases.largeCases.length} commands × ${largeRuns} runs`)
const large = measureInterleaved(cases.largeCases, { runs: largeRuns, timeoutSeconds })
const stressRows = options.stress && !options['no-stress'] ? await measureStress() : []

const report = composeReport({
  repo,
  cases,
  cold,
  commandResults,
  large,
  stressRows,
  manifest,
  spectral,
  runs: { cold: coldRuns, large: largeRuns, stress: stressRuns },
  load: { start: loadAtStart, end: describeLoad() },
})
console.log(`\n${report}`)
if (options.write && !options['no-write']) {
  writePerformanceDoc(join(repo, 'docs/performance.md'), report)
  log('wrote docs/performance.md')
}
writeFileSync(
  join(work, 'results.json'),
  `${JSON.stringify({ machine: describeMachine(), cold: [...cold], commands: [...commandResults], large: [...large], stress: stressRows }, null, 2)}\n`,
)

/** Reuses bench/.work when it was generated with the same count, else generates it. */
function ensureWorkspace() {
  const file = join(work, 'manifest.json')
  if (!options.regenerate && existsSync(file)) {
    const existing = JSON.parse(readFileSync(file, 'utf8'))
    if (existing.count === count && existing.stress?.length === 16 && existing.years && existsSync(existing.large))
      return existing
  }
  log(`generating ${count} allocations into bench/.work`)
  return generateWorkspace({ count })
}

function lookUpSpectral() {
  log('looking up Spectral through npx')
  const found = findSpectral(Number(options['spectral-timeout']) * 1000)
  if (!('entry' in found)) return found
  const ruleset = join(work, 'spectral-empty-ruleset.yaml')
  writeFileSync(ruleset, 'rules: {}\n')
  return { ...found, ruleset }
}

/** Lint and the unique-keys-off floor on each stress input, one size after another. */
async function measureStress() {
  const rows = []
  for (const input of manifest.stress) {
    await waitForQuiet()
    log(`stress: ${input.description}`)
    const results = measureInterleaved(
      [
        { id: 'lint', args: [bin, 'lint'], cwd: input.dir, exits: [0, 1] },
        { id: 'floor', args: [floor, '--no-unique-keys', '.'], cwd: input.dir },
      ],
      { runs: stressRuns, timeoutSeconds: Number(options['stress-timeout']), warmUp: false },
    )
    rows.push({ ...input, lint: results.get('lint'), floor: results.get('floor') })
  }
  return rows
}

/**
 * With `--quiet-load L`, waits (up to `--quiet-wait` seconds) until the
 * 1-minute load average is below L, so that other work on the machine
 * disturbs the next group less.
 */
async function waitForQuiet() {
  const limit = Number(options['quiet-load'])
  if (!(limit > 0)) return
  const deadline = Date.now() + Number(options['quiet-wait']) * 1000
  while (loadavg()[0] >= limit && Date.now() < deadline) {
    log(`load average ${describeLoad()} ≥ ${limit}: waiting`)
    await new Promise((resolve) => setTimeout(resolve, 10_000))
  }
}

/** The 1-minute load average, to two decimals. */
function describeLoad() {
  return loadavg()[0].toFixed(2)
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`)
}
