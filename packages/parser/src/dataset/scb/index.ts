export {
  buildScbDataset,
  referenceDateOf,
  slugify,
  type ImportedDataset,
  type ImportedMeasure,
  type ImportedUnit,
  type RegionFilter,
  type ScbImportOptions,
  type ScbImportResult,
} from './build-scb-dataset.js'
export { formatImportedCsv, formatImportedYaml, IMPORTED_CSV_COLUMNS } from './format-imported-dataset.js'
export { readJsonStat, MAX_STAT_CELLS } from './read-json-stat.js'
export { readScbCsv } from './read-scb-csv.js'
export { readScbTable, MAX_SCB_FILE_BYTES } from './read-scb-table.js'
export type {
  ImportProblem,
  StatCategory,
  StatObservation,
  StatPosition,
  StatTable,
  StatTableResult,
  StatValue,
} from './stat-table.js'
