// The long fuzz run: the same properties as CI's fuzz tests (packages/*/test/fuzz),
// with many more cases, and a summary of cases, time and findings per target.
//
//   node scripts/fuzz-long.mjs [cases per target]     (default 200 000)
//   FORDELA_FUZZ_SEED=<seed> node scripts/fuzz-long.mjs 1000   replays a reported seed
//
// CI runs the fuzz tests with a fixed seed; this long run draws a fresh one
// (FORDELA_FUZZ_SEED=random) unless one is given, and each test prints it.
//
// Exits 1 when a property failed (its counterexample and seed are printed), else 0.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.argv[2] ?? 200_000)
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/fuzz-long.mjs [cases per target, a positive integer]')
  process.exit(2)
}

const folder = mkdtempSync(path.join(tmpdir(), 'fordela-fuzz-'))
const reportFile = path.join(folder, 'report.jsonl')
const started = Date.now()
console.log(
  `fordela fuzz: ${runs} cases per target, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
)
// One worker per CPU: vitest's default leaves one CPU idle.
const vitest = spawnSync('npx', ['vitest', 'run', 'test/fuzz', `--maxWorkers=${cpus().length}`], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    FORDELA_FUZZ_SEED: process.env.FORDELA_FUZZ_SEED ?? 'random',
    FORDELA_FUZZ_RUNS: String(runs),
    FORDELA_FUZZ_REPORT: reportFile,
  },
})
const seconds = (Date.now() - started) / 1000

const records = existsSync(reportFile)
  ? readFileSync(reportFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : []
rmSync(folder, { recursive: true, force: true })

/** Formats a whole number with spaces between thousands, as the docs write figures. */
const figure = (value) => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

console.log('\nproperty results')
for (const record of records) {
  const labels = Object.entries(record.labels)
    .map(([label, count]) => `${label} ${figure(count)}`)
    .join(', ')
  console.log(`  [${record.targets.join(', ')}] ${record.name}`)
  console.log(
    `      ${figure(record.cases)} cases in ${figure(record.ms / 1000)} s, seed ${record.seed}${labels ? `; ${labels}` : ''}`,
  )
  if (record.failure) console.log(`      FINDING: ${record.failure.split('\n').slice(0, 4).join('\n      ')}`)
}

console.log('\ntotals per target')
for (const target of ['parser', 'engine', 'renderer']) {
  // A case that checks several parts (the renderer's also check the engine) counts for each.
  const own = records.filter((record) => record.targets.includes(target))
  const cases = own.reduce((sum, record) => sum + record.cases, 0)
  const ms = own.reduce((sum, record) => sum + record.ms, 0)
  const findings = own.filter((record) => record.failure).length
  console.log(
    `  ${target.padEnd(8)} ${figure(cases).padStart(11)} cases  ${figure(ms / 1000).padStart(6)} s of property time  ${findings} finding(s)`,
  )
}
const findings = records.filter((record) => record.failure).length
console.log(`\nwall time ${figure(seconds)} s; ${findings} finding(s); vitest exit code ${vitest.status}`)
process.exitCode = findings > 0 || vitest.status !== 0 ? 1 : 0
