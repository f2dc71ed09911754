import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import {
  buildScbDataset,
  formatImportedCsv,
  formatImportedYaml,
  readScbTable,
  type ImportedDataset,
  type ImportProblem,
  type Language,
  type RegionFilter,
} from '@fordela/parser'

/** What to import from a downloaded file, and where to. */
export interface ImportPlanRequest {
  readonly bytes: Uint8Array
  /** The downloaded file's path. */
  readonly source: string
  readonly outDir: string
  readonly regions: readonly RegionFilter[]
  readonly sumAge?: { readonly from: number; readonly to: number }
  readonly time?: string
  readonly tableId?: string
  readonly id?: string
  readonly referenceDate?: string
  /** The retrieval day given on the command line; otherwise kept from an unchanged earlier import, else `today`. */
  readonly retrieved?: string
  readonly today: string
}

/** A file to write and what it holds. */
export interface PlannedFile {
  readonly path: string
  readonly content: string
}

/** The files an import writes, one CSV and one spec per dataset, or the problems that stop it. */
export type ImportPlan =
  | {
      readonly datasets: readonly ImportedDataset[]
      readonly files: readonly PlannedFile[]
      readonly problems?: undefined
    }
  | { readonly datasets?: undefined; readonly files?: undefined; readonly problems: readonly ImportProblem[] }

/**
 * Reads a downloaded file and plans the dataset files beside it (or in
 * `outDir`): `<id>.csv` and `<id>.yaml` per region filter. The source block
 * records the file relative to the dataset and its SHA-256. Nothing is
 * written here.
 */
export function planDatasetFiles(request: ImportPlanRequest): ImportPlan {
  const read = readScbTable(request.bytes)
  if (!read.table) return { problems: read.problems }
  const sha256 = createHash('sha256').update(request.bytes).digest('hex')
  const fileName = relative(request.outDir, request.source).split(sep).join('/')
  const datasets: ImportedDataset[] = []
  const files: PlannedFile[] = []
  for (const regions of request.regions) {
    const suffix =
      request.regions.length > 1 && request.id !== undefined ? `-${regions === 'kommuner' ? 'kommun' : 'lan'}` : ''
    const build = (retrieved: string) =>
      buildScbDataset(read.table, {
        regions,
        retrieved,
        file: { name: fileName, sha256 },
        ...(request.sumAge ? { sumAge: request.sumAge } : {}),
        ...(request.time !== undefined ? { time: request.time } : {}),
        ...(request.tableId !== undefined ? { tableId: request.tableId } : {}),
        ...(request.id !== undefined ? { id: `${request.id}${suffix}` } : {}),
        ...(request.referenceDate !== undefined ? { referenceDate: request.referenceDate } : {}),
      })
    let built = build(request.retrieved ?? request.today)
    if (!built.dataset) return { problems: built.problems }
    const yamlPath = join(request.outDir, `${built.dataset.id}.yaml`)
    const kept = request.retrieved === undefined ? readRetrievedIfUnchanged(yamlPath, sha256) : undefined
    if (kept !== undefined && kept !== request.today) {
      built = build(kept)
      if (!built.dataset) return { problems: built.problems }
    }
    const dataset = built.dataset
    const csvName = `${dataset.id}.csv`
    datasets.push(dataset)
    files.push({ path: join(request.outDir, csvName), content: formatImportedCsv(dataset) })
    files.push({ path: yamlPath, content: formatImportedYaml(dataset, csvName) })
  }
  return { datasets, files }
}

/** The retrieval day of an earlier import of the very same file (same SHA-256), so re-importing it changes nothing. */
function readRetrievedIfUnchanged(yamlPath: string, sha256: string): string | undefined {
  if (!existsSync(yamlPath)) return undefined
  const text = readFileSync(yamlPath, 'utf8')
  if (!text.includes(`\n  sha256: ${sha256}\n`)) return undefined
  return /\n {2}retrieved: (\d{4}-\d{2}-\d{2})\n/u.exec(text)?.[1]
}

/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10)
}

/** A problem as `file:line:column: message` in the user's language. */
export function formatProblem(file: string, problem: ImportProblem, lang: Language): string {
  const place = problem.at ? `${file}:${problem.at.line}:${problem.at.column}` : file
  return `${place}: ${problem.message[lang]}`
}
