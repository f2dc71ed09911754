import { checkDatasetTotals } from '../dataset/check-dataset-totals.js'
import { checkDatasetUnitCodes } from '../dataset/check-dataset-unit-codes.js'
import { decodeCsvBytes } from '../dataset/decode-csv-bytes.js'
import { importCsvUnits } from '../dataset/import-csv.js'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { CsvImport, DatasetDocument } from '../model/documents.js'
import { errorCode, type PathProber } from './probe-workspace-path.js'
import type { WorkspaceHost } from './workspace-host.js'
import type { ParseCache } from './parse-cache.js'
import { resolveLexically } from './workspace-paths.js'

/** A dataset with its units read, the CSV text it read them from, and what went wrong. */
export interface LoadedDataset {
  readonly document: DatasetDocument
  readonly csv?: { readonly path: string; readonly text: string }
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Reads the units of a dataset that imports a CSV file, then checks that
 * its kommuner or län are real ones and the declared totals (for inline
 * units too; for imported ones only when the import found no error). The CSV path obeys the rules of
 * document references: it must stay inside the workspace, symbolic links
 * included, and be a regular file (a named pipe would block the run), or it
 * is not read; nor is a file over `maxBytes`. With a `cache`, the same
 * dataset document reading the same CSV text is not imported again.
 */
export async function loadDatasetCsv(
  host: WorkspaceHost,
  probe: PathProber,
  dataset: DatasetDocument,
  maxBytes: number,
  cache?: ParseCache,
): Promise<LoadedDataset> {
  if (!dataset.csv)
    return { document: dataset, diagnostics: [...checkDatasetUnitCodes(dataset), ...checkDatasetTotals(dataset)] }
  const read = await readCsvText(host, probe, dataset.file, dataset.csv, maxBytes)
  if ('diagnostic' in read) return { document: dataset, diagnostics: [read.diagnostic] }
  const cached = cache?.getDataset(dataset, read.text)
  if (cached && cached.csv?.path === read.path) return cached
  const imported = importCsvUnits(read.text, dataset.csv, read.path)
  const document: DatasetDocument = { ...dataset, units: imported.units }
  // Rows the import had to drop would make every total look wrong; the import's own findings say why.
  const incomplete = imported.diagnostics.some((d) => d.severity === 'error')
  const totals = incomplete ? [] : checkDatasetTotals(document)
  const loaded = {
    document,
    csv: read,
    diagnostics: [...imported.diagnostics, ...checkDatasetUnitCodes(document), ...totals],
  }
  cache?.setDataset(dataset, read.text, loaded)
  return loaded
}

async function readCsvText(
  host: WorkspaceHost,
  probe: PathProber,
  datasetFile: string,
  csv: CsvImport,
  maxBytes: number,
): Promise<{ path: string; text: string } | { diagnostic: Diagnostic }> {
  const ref = csv.path
  const lexical = resolveLexically(datasetFile, ref.value)
  const probed = lexical.type === 'inside' ? await probe(lexical.path) : lexical
  if (probed.type === 'outside')
    return { diagnostic: createDiagnostic('ref/outside-workspace', { ref: ref.value }, ref.at) }
  if (probed.type === 'missing') {
    return { diagnostic: createDiagnostic('ref/file-unreadable', { path: ref.value, reason: probed.reason }, ref.at) }
  }
  if (probed.size > maxBytes)
    return { diagnostic: createDiagnostic('data/csv-too-large', { size: probed.size, limit: maxBytes }, ref.at) }
  try {
    return { path: probed.path, text: decodeCsvBytes(await host.readFile(probed.absPath)) }
  } catch (error) {
    return {
      diagnostic: createDiagnostic('ref/file-unreadable', { path: ref.value, reason: errorCode(error) }, ref.at),
    }
  }
}
