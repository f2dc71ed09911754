import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRegionReference } from '@fordela/parser'
import { requireBuiltCli, runCli } from './helpers/run-cli.js'

beforeAll(requireBuiltCli)

const repositoryRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')

/**
 * The seed of the synthetic population; set FORDELA_TEST_SEED to try another.
 * The values are made up: no figure of SCB's population 0–18 per kommun is in
 * the repository (examples/data/README.md).
 */
const seed = Number(process.env['FORDELA_TEST_SEED'] ?? 20250101)

/** mulberry32: a small, well-known 32-bit generator, so the same seed gives the same data everywhere. */
function createRandom(start: number): () => number {
  let state = start >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * 290 SYNTHETIC kommuner (Sweden has 290; examples/data/README.md), each with
 * a made-up population 0–18 between 500 and 150 000. Not SCB's kommuner:
 * unit i gets the län i mod 21 of the sourced län list and the kommunkod
 * that län's code followed by 10 + ⌊i / 21⌋ (10…23), so all 290 codes differ
 * and have the form of a kommunkod; the name is "Syntetkommun <code>".
 */
function generatePopulation(): { code: string; name: string; lan: string; value: bigint }[] {
  const random = createRandom(seed)
  const lan = defaultRegionReference.listLan()
  return Array.from({ length: 290 }, (_, i) => {
    const county = lan[i % lan.length]!
    const code = `${county.code}${10 + Math.floor(i / lan.length)}`
    return { code, name: `Syntetkommun ${code}`, lan: county.name, value: BigInt(500 + Math.floor(random() * 149_500)) }
  })
}

const root = mkdtempSync(join(tmpdir(), 'fordela-kommun-column-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const population = generatePopulation()
const total = population.reduce((sum, kommun) => sum + kommun.value, 0n)

beforeAll(() => {
  console.info(`kommun-column.test: synthetic population with seed ${seed} (FORDELA_TEST_SEED overrides)`)
  mkdirSync(join(root, '.git'))
  mkdirSync(join(root, 'nationellt'))
  cpSync(join(repositoryRoot, 'examples/data'), join(root, 'data'), { recursive: true })
  const agreement = readFileSync(join(repositoryRoot, 'examples/nationellt/skr-2025-overenskommelse.yaml'), 'utf8')
  const pointed = agreement.replace(
    'dataset: ../data/befolkning-kommun-2025-09-30.yaml',
    'dataset: ../data/syntetisk-kommun-0-18.yaml',
  )
  if (pointed === agreement) throw new Error('the example agreement no longer names its kommun dataset as expected')
  writeFileSync(join(root, 'nationellt/overenskommelse.yaml'), pointed)
  writeFileSync(
    join(root, 'data/syntetisk-kommun-0-18.yaml'),
    [
      'apiVersion: fordela/v1',
      'kind: Dataset',
      'id: syntetisk-kommun-0-18',
      'title: Påhittad folkmängd 0–18 år per kommun (genererad för ett test)',
      'unitKind: kommun',
      'referenceDate: 2024-12-31',
      'source:',
      '  publisher: fordela-testerna',
      `  note: Syntetiska värden, slumpade med frö ${seed}; inte SCB:s siffror.`,
      'measures:',
      '  - id: folkmangd-0-18',
      '    title: Folkmängd 0–18 år',
      `    total: ${total}`,
      'units:',
      ...population.map(
        (k) => `  - { id: "${k.code}", name: "${k.name}", group: "${k.lan}", values: { folkmangd-0-18: ${k.value} } }`,
      ),
      '',
    ].join('\n'),
  )
})

describe('the national kommun column with a population 0–18 per kommun', () => {
  it('lints without error or warning, saying twice that the kommuner could not be checked without a kommun list', async () => {
    const result = await runCli(
      ['lint', 'nationellt', 'data/syntetisk-kommun-0-18.yaml', 'data/befolkning-lan-2023-12-31.yaml'],
      root,
    )
    // fordela ships no kommun list yet: one info at the dataset's unitKind (line 5), one at the kommun column's dataset (line 28).
    expect(
      result.stdout
        .match(/ {2}\S+:\d+:\d+ {2}\w+ .* data\/[a-z-]+$/gmu)
        ?.map((line) => line.replace(/ {2}info .* (data\/)/u, ' $1')),
    ).toEqual([
      '  data/syntetisk-kommun-0-18.yaml:5:11 data/kommun-list-missing',
      '  nationellt/overenskommelse.yaml:28:14 data/kommun-list-missing',
    ])
    expect(result.stdout).toContain('✖ 2 problem (0 fel, 0 varningar, 2 info)')
    expect(result.code).toBe(0)
  })

  it('gives every kommun 200 000 kr and its share of the rest by population 0–18, 250 000 000 kr in all', async () => {
    const result = await runCli(['explain', 'nationellt/overenskommelse.yaml', '--format', 'json'], root)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout) as { amounts: { unit: string; column: string; amount: string }[] }
    const kommunAmounts = data.amounts.filter((a) => a.column === 'kommun')
    expect(kommunAmounts).toHaveLength(290)
    const amounts = new Map(kommunAmounts.map((a) => [a.unit, BigInt(a.amount)]))
    expect([...amounts.values()].reduce((sum, amount) => sum + amount, 0n)).toBe(250_000_000n)
    // 290 × 200 000 = 58 000 000 fixed; 250 000 000 − 58 000 000 = 192 000 000 by population 0–18.
    // Each kommun's share lies between the floor and the ceiling of 192 000 000 × its value / the total,
    // and the shares add up to 192 000 000 exactly (largest remainder).
    let rest = 0n
    for (const kommun of population) {
      const share = (amounts.get(kommun.code) ?? 0n) - 200_000n
      const exact = 192_000_000n * kommun.value
      const floor = exact / total
      expect(share === floor || (share === floor + 1n && exact % total !== 0n), `${kommun.code} ${kommun.name}`).toBe(
        true,
      )
      rest += share
    }
    expect(rest).toBe(192_000_000n)
  })

  it("explains each kommun's amount with its weight", async () => {
    // Unit 11 is the first of län 14 (the twelfth län of the sourced list: 01, 03–10, 12, 13, 14): kommunkod 1410.
    const kommun = population[11]!
    expect(kommun.code).toBe('1410')
    const result = await runCli(['explain', 'nationellt/overenskommelse.yaml', '--unit', '1410'], root)
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    // Område 2 is the only area with a kommun cell.
    expect(lines[2]).toBe('Syntetkommun 1410 (1410)')
    expect(lines[3]).toMatch(/^ {2}Område 2, kolumn Kommun: [\d ]+ kr$/u)
    expect(lines[4]).toBe('    Överenskommelsen skr-2025, område 2, kolumn Kommun: 250 000 000 kr att fördela')
    expect(lines[5]).toBe('    Syntetkommun 1410 får 200 000 kr av 250 000 000 kr: fast belopp per enhet')
    const figure = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')
    expect(lines[6]).toContain(
      `av 192 000 000 kr efter folkmängd 0–18 år: 192 000 000 × ${figure(kommun.value)} / ${figure(total)} = `,
    )
    expect(lines[8]).toMatch(/^ {4}Summa: 200 000 \+ [\d ]+ = [\d ]+ kr$/u)
  })
})

describe('the bundled examples', () => {
  it('keep reporting that the kommun column has no population 0–18', async () => {
    const result = await runCli(
      ['lint', 'examples/nationellt/skr-2025-overenskommelse.yaml', '--format', 'json'],
      repositoryRoot,
    )
    const report = JSON.parse(result.stdout) as { files: { file: string; diagnostics: { rule: string }[] }[] }
    const findings = report.files.flatMap((file) => file.diagnostics.map((d) => `${file.file} ${d.rule}`))
    expect(findings).toEqual(['examples/nationellt/skr-2025-overenskommelse.yaml data/missing-measure'])
  })
})
