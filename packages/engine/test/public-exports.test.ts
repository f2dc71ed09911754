import { fileURLToPath } from 'node:url'
import { pinExports } from '../../../test/exports/pin-exports.js'

// The public API of @fordela/engine: every entry of package.json "exports" and what it exports at run
// time (type-only exports have no run-time name). A change here is a change for every user of the
// package: when it is meant, update this list in the same commit (and say so in its changeset).
pinExports(fileURLToPath(new URL('..', import.meta.url)), {
  '.': {
    checkActionPlanLinks: 'function',
    checkAllocationLinks: 'function',
    checkParties: 'function',
    checkPlaceholderClaim: 'function',
    checkProseClaims: 'function',
    checkProseLinks: 'function',
    compareAllocations: 'function',
    compareAmounts: 'function',
    createAmountFilter: 'function',
    derivationFormatVersion: 'number',
    evaluateAgreement: 'function',
    evaluateAllocation: 'function',
    evaluateWorkspace: 'function',
    findProseLinks: 'function',
    formatCountInWords: 'function',
    hasChanges: 'function',
    listAllocationProse: 'function',
    listUnits: 'function',
    parseChangeClaim: 'function',
    parseProse: 'function',
    placeholderFormats: 'array',
    printPlaceholderRef: 'function',
    readCountClaim: 'function',
    reportUncheckedLinks: 'function',
    resolvePlaceholder: 'function',
    traceMoneyToGoals: 'function',
  },
})
