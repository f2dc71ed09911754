import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The renames that examples/data/befolkning-kommun-2025-09-30.yaml applies to SCB's names. */
const kommunRenames = new Map([
  ['Essung', 'Essunga'],
  ['Marks', 'Mark'],
])

/**
 * Reads the real SCB population files in `dataDir`: the 21 län (code, name,
 * population, in file order) and the 290 kommuner (name as the dataset
 * names it, län name, population, in file order).
 *
 * @param {string} dataDir folder holding the two CSV files of examples/data
 */
export function readPopulation(dataDir) {
  const counties = readRows(join(dataDir, 'befolkning-lan-2023-12-31.csv')).map(([code, name, people]) => ({
    code,
    name,
    population: BigInt(people),
  }))
  const kommuner = readRows(join(dataDir, 'befolkning-kommun-2025-09-30.csv')).map(([name, county, people]) => ({
    name: kommunRenames.get(name) ?? name,
    county,
    population: BigInt(people),
  }))
  for (const county of counties) {
    county.kommuner = kommuner.filter((kommun) => kommun.county === county.name)
    if (county.kommuner.length === 0) throw new Error(`no kommuner for ${county.name}`)
  }
  return { counties, kommuner }
}

/** The rows of a semicolon-separated file without its header line. */
function readRows(file) {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
  return lines.slice(1).map((line) => line.split(';'))
}
