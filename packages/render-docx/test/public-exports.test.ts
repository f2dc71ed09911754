import { fileURLToPath } from 'node:url'
import { pinExports } from '../../../test/exports/pin-exports.js'

// The public API of @fordela/render-docx: every entry of package.json "exports" and what it exports at run
// time (type-only exports have no run-time name). A change here is a change for every user of the
// package: when it is meant, update this list in the same commit (and say so in its changeset).
pinExports(fileURLToPath(new URL('..', import.meta.url)), {
  '.': {
    readReferenceStyles: 'function',
    renderDocx: 'function',
  },
})
