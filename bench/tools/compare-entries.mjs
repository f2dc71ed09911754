#!/usr/bin/env node
/**
 * Times `lint examples` and `--version` through the current bin (the
 * CommonJS bundle with its V8 code cache, kept for this comparison in
 * bench/.work/code-cache, and the same with the cache off) and through the
 * experimental bundles of bundle-cli-experiment.mjs (run that first),
 * interleaved, medians over `runs` fresh processes; and the large workspace
 * with `largeRuns`. The warm-up run of each case writes the code caches.
 *
 * Usage: node bench/tools/compare-entries.mjs [runs=15] [largeRuns=3]
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureInterleaved } from '../lib/measure-runs.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const [runs = '15', largeRuns = '3'] = process.argv.slice(2)
const bundle = join(repo, 'bench/.work/bundle/bin')
const bin = join(repo, 'packages/cli/bin/fordela.js')
const entries = {
  'current bin (CJS bundle + code cache)': {
    args: [bin],
    env: { FORDELA_CACHE_DIR: join(repo, 'bench/.work/code-cache') },
  },
  'current bin, code cache off': { args: [bin], env: { FORDELA_NO_CODE_CACHE: '1' } },
  'experiment: one ESM file': { args: [join(bundle, 'fordela.mjs')] },
  'experiment: ESM split per command': { args: [join(bundle, 'fordela-split.mjs')] },
  'experiment: one CJS file': { args: [join(bundle, 'fordela.cjs')] },
  'experiment: CJS + V8 code cache': { args: [join(bundle, 'fordela-code-cache.cjs')] },
}
const show = (title, results) => {
  console.log(`\n${title}`)
  for (const [id, result] of results)
    console.log(
      `${Math.round(result.ms).toString().padStart(7)} ms ${Math.round(result.cpuMs).toString().padStart(7)} ms CPU ${Math.round(result.rssMb).toString().padStart(5)} MB  ${id}${result.failure ? ` FAILED ${result.failure}` : ''}`,
    )
}
const base = [
  { id: 'node -e 0', args: ['-e', '0'], cwd: repo },
  { id: 'floor examples', args: [join(repo, 'bench/floor-parse.mjs'), 'examples'], cwd: repo },
]
for (const [title, args, cwd, count, extra] of [
  ['lint examples', ['lint', 'examples'], repo, Number(runs), base],
  ['--version', ['--version'], repo, Number(runs), []],
  [
    'lint large workspace',
    ['lint'],
    join(repo, 'bench/.work/large'),
    Number(largeRuns),
    [{ id: 'floor large', args: [join(repo, 'bench/floor-parse.mjs'), '.'], cwd: join(repo, 'bench/.work/large') }],
  ],
]) {
  const cases = [
    ...extra,
    ...Object.entries(entries).map(([id, entry]) => ({
      id,
      args: [...entry.args, ...args],
      cwd,
      exits: [0, 1],
      env: entry.env,
    })),
  ]
  show(title, measureInterleaved(cases, { runs: count, timeoutSeconds: 120 }))
}
