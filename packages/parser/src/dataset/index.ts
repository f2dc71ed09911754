export { checkDatasetTotals } from './check-dataset-totals.js'
export { importCsvUnits } from './import-csv.js'
export { findDatasetUnitId } from './find-dataset-unit.js'
export * from './scb/index.js'
export {
  createRegionReference,
  defaultRegionReference,
  regionLevel,
  type KommunReference,
  type LanReference,
  type RegionLevel,
  type RegionReference,
} from './reference/region-reference.js'
