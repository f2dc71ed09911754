import { decodeCsvBytes } from '../decode-csv-bytes.js'
import { readJsonStat } from './read-json-stat.js'
import { readScbCsv } from './read-scb-csv.js'
import { importProblem, type StatTableResult } from './stat-table.js'

/** The largest file `data import` reads: SCB's 150 000-cell limit as JSON-stat is a few MB. */
export const MAX_SCB_FILE_BYTES = 64 * 1024 * 1024

/**
 * Reads a file downloaded from SCB's statistikdatabas: a PxWeb API response
 * in JSON-stat 2.0 when it starts with `{` (after any byte order mark and
 * white space), else a CSV export in whatever encoding it came in.
 */
export function readScbTable(bytes: Uint8Array): StatTableResult {
  if (bytes.length > MAX_SCB_FILE_BYTES) {
    return {
      problems: [
        importProblem(
          `Filen är större än ${MAX_SCB_FILE_BYTES} byte.`,
          `The file is larger than ${MAX_SCB_FILE_BYTES} bytes.`,
        ),
      ],
    }
  }
  const text = decodeCsvBytes(bytes)
  return /^\uFEFF?\s*\{/u.test(text) ? readJsonStat(text) : readScbCsv(text)
}
