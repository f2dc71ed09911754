import { describe, expect, it } from 'vitest'
import { saveTarget, type ServedWorkspace } from './save-target.js'

const served: ServedWorkspace = { token: 't', name: 'lan', folderId: '0f' }
/** Stands in for a folder handle: saveTarget only passes it on. */
const handle = {} as FileSystemDirectoryHandle

describe('saveTarget', () => {
  it('saves to the served folder only the session of that folder', () => {
    expect(saveTarget({ type: 'server', name: 'lan', folderId: '0f' }, served)).toEqual({ kind: 'server', served })
    // Another folder of the same name, a session kept before folders had ids, or no server on this page.
    expect(saveTarget({ type: 'server', name: 'lan', folderId: '1e' }, served)).toEqual({ kind: 'download' })
    expect(saveTarget({ type: 'server', name: 'lan' }, served)).toEqual({ kind: 'download' })
    expect(saveTarget({ type: 'server', name: 'lan', folderId: '0f' }, undefined)).toEqual({ kind: 'download' })
  })

  it('never saves dropped files, chosen files or the examples to the served folder', () => {
    expect(saveTarget({ type: 'files', name: 'parter.yaml' }, served)).toEqual({ kind: 'download' })
    expect(saveTarget({ type: 'example' }, served)).toEqual({ kind: 'download' })
  })

  it('saves a folder the user opened back into it, with or without a server', () => {
    const folder = { kind: 'folder', name: 'egen', handle }
    expect(saveTarget({ type: 'folder', name: 'egen', handle }, served)).toEqual(folder)
    expect(saveTarget({ type: 'folder', name: 'egen', handle }, undefined)).toEqual(folder)
    expect(saveTarget({ type: 'folder', name: 'egen' }, served)).toEqual({ kind: 'download' })
  })
})
