import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readZip } from './read-files.js'

describe('readZip', () => {
  it('keeps spec and data files by their path under the one top folder, and nothing that climbs out', () => {
    const zip = zipSync({
      'fordela-main/vastra-gotaland/2025.yaml': strToU8('kind: Allocation\n'),
      'fordela-main/data/x.csv': strToU8('kod;namn\n'),
      'fordela-main/README.md': strToU8('# not a spec'),
      'fordela-main/../../evil.yaml': strToU8('x: 1\n'),
    })
    expect([...readZip(zip)].sort()).toEqual([
      ['data/x.csv', 'kod;namn\n'],
      ['vastra-gotaland/2025.yaml', 'kind: Allocation\n'],
    ])
  })
})
