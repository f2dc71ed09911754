export { explainAllocationData, type ExplainDataOptions, type JsonValue } from './explain-allocation-data.js'
export type { DocumentLookup } from './explain-names.js'
export { formatTraceText, type TraceNode } from './trace-node.js'
export { traceAllocation, type ExplainOptions } from './trace-allocation.js'
