#!/usr/bin/env node
/**
 * Writes the benchmark's large workspace and stress inputs into bench/.work/:
 *
 * - large/nationellt, large/data: the national agreement, strategy and SCB
 *   data copied from examples/ (the kommun column's `folkmangd-0-18`, a
 *   measure the real data lacks, is replaced by `folkmangd` so that all 290
 *   kommuner are evaluated);
 * - large/lan/<county>/NNNN-fordelning.yaml + NNNN-parter.yaml: `--count`
 *   allocation specs with their own parties, spread over the 21 län, with
 *   the real kommuner and populations of that län;
 * - years/: examples/ with a made-up 2026 proposal beside the 2025 memo, for `fordela diff`.
 * - stress/: flat maps and sequences at a baseline and three sizes for the linearity check.
 *
 * Output is deterministic: the same `--seed` and `--count` give the same bytes.
 *
 * Usage: node bench/generate-workspace.mjs [--count 1000] [--seed 2025] [--out bench/.work]
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { computeCountyCells } from './lib/apportion-county-cells.mjs'
import { readPopulation } from './lib/read-population.mjs'
import { createRandom } from './lib/seeded-random.mjs'
import { slugify } from './lib/spec-text.mjs'
import { writeAllocationSpec } from './lib/write-allocation-spec.mjs'
import { writePartiesSpec } from './lib/write-parties-spec.mjs'
import { writeStressFiles } from './lib/write-stress-files.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Generates the workspace and returns where it went and how big it is.
 *
 * @param {{ count?: number, seed?: number, out?: string, mapKeys?: number, sequenceItems?: number, invalidLines?: number }} [options]
 */
export function generateWorkspace({
  count = 1000,
  seed = 2025,
  out = join(repo, 'bench/.work'),
  mapKeys = 40_000,
  sequenceItems = 100_000,
  invalidLines = 10_000,
} = {}) {
  const large = join(out, 'large')
  rmSync(large, { recursive: true, force: true })
  copyFolder(join(repo, 'examples/nationellt'), join(large, 'nationellt'))
  copyFolder(join(repo, 'examples/data'), join(large, 'data'))
  replaceMissingMeasure(join(large, 'nationellt/skr-2025-overenskommelse.yaml'))

  const { counties } = readPopulation(join(repo, 'examples/data'))
  const cells = computeCountyCells(counties)
  const random = createRandom(seed)
  let bytes = 0
  for (let index = 0; index < count; index += 1) {
    const county = counties[index % counties.length]
    const folder = join(large, 'lan', `${county.code}-${slugify(county.name.replace(/ län$/, ''))}`)
    mkdirSync(folder, { recursive: true })
    const number = String(index + 1).padStart(4, '0')
    const partiesFile = `${number}-parter.yaml`
    const parties = writePartiesSpec({ id: `parter-${number}`, county, random })
    const allocation = writeAllocationSpec({
      id: `fordelning-${number}`,
      partiesFile,
      county,
      cells: cells.get(county.code),
      groups: parties.groups,
      random,
    })
    writeFileSync(join(folder, partiesFile), parties.text)
    writeFileSync(join(folder, `${number}-fordelning.yaml`), allocation)
    bytes += Buffer.byteLength(parties.text) + Buffer.byteLength(allocation)
  }

  const years = writeYearPair(join(out, 'years'))

  const stressDir = join(out, 'stress')
  rmSync(stressDir, { recursive: true, force: true })
  const stress = writeStressFiles(stressDir, { mapKeys, sequenceItems, invalidLines })
  const manifest = {
    count,
    seed,
    mapKeys,
    sequenceItems,
    invalidLines,
    large,
    years,
    specs: count * 2,
    generatedBytes: bytes,
    stress,
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * A county's repository with two years of its memo, for `fordela diff`:
 * examples/ as it is, plus a 2026 proposal that is the 2025 memo with
 * 500 000 kr moved from NSPH to the region in the strategy fund and
 * `previous:` naming 2025. The 2026 figures are made up for timing only;
 * no 2026 agreement table is in the data, so it draws on the 2025 one.
 *
 * @returns {{ dir: string, before: string, after: string }} the folder and the two files, relative to it
 */
function writeYearPair(dir) {
  rmSync(dir, { recursive: true, force: true })
  for (const folder of ['nationellt', 'data', 'vastra-gotaland'])
    copyFolder(join(repo, 'examples', folder), join(dir, folder))
  const before = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
  const after = 'vastra-gotaland/2026-forslag-benchmark.yaml'
  const replacements = [
    ['id: vg-2025-lansgemensamma-medel', 'id: vg-2026-forslag-benchmark'],
    ['title: Länsgemensamma medel psykisk hälsa 2025', 'title: Länsgemensamma medel psykisk hälsa 2026 (benchmark)'],
    ['\nyear: 2025\n', '\nyear: 2026\nprevious: ./2025-lansgemensamma-medel.yaml\n'],
    [
      'to: vgr\n            amount: 1 000 000\n          - to: kommunalforbund\n            each: 1 000 000\n          - to: nsph\n            amount: 2 000 000\n',
      'to: vgr\n            amount: 1 500 000\n          - to: kommunalforbund\n            each: 1 000 000\n          - to: nsph\n            amount: 1 500 000\n',
    ],
  ]
  let text = readFileSync(join(dir, before), 'utf8')
  for (const [from, to] of replacements) {
    if (text.split(from).length !== 2) throw new Error(`${before}: expected "${from}" exactly once`)
    text = text.replace(from, to)
  }
  writeFileSync(join(dir, after), text)
  return { dir, before, after }
}

/** Copies the files of one folder (not recursive: examples' folders are flat). */
function copyFolder(from, to) {
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name))
}

/**
 * The real kommun data has no population 0–18, so the agreement's kommun
 * column cannot be evaluated from it; the benchmark copy weighs by total
 * population instead, to measure the evaluation of all 290 kommuner.
 */
function replaceMissingMeasure(file) {
  const text = readFileSync(file, 'utf8')
  const replaced = text.replace(
    'by: folkmangd-0-18',
    'by: folkmangd # benchmark copy: the real data has no folkmangd-0-18',
  )
  if (replaced === text) throw new Error(`${file}: expected "by: folkmangd-0-18" to replace`)
  writeFileSync(file, replaced)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  })
  const result = generateWorkspace({
    ...(values.count !== undefined ? { count: Number(values.count) } : {}),
    ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
    ...(values.out !== undefined ? { out: resolve(values.out) } : {}),
  })
  console.log(
    `wrote ${result.specs} generated specs (${(result.generatedBytes / 1e6).toFixed(1)} MB) to ${result.large}`,
  )
}
