export { checkDatasetTotals } from './check-dataset-totals.js'
export { importCsvUnits } from './import-csv.js'
