import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeFileAtomically } from './write-file-atomically.js'

const folder = mkdtempSync(join(tmpdir(), 'fordela-atomic-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const target = join(folder, 'report.sarif')
    writeFileSync(target, 'old')
    writeFileAtomically(target, 'new\n')
    expect(readFileSync(target, 'utf8')).toBe('new\n')
    expect(readdirSync(folder)).toEqual(['report.sarif'])
  })

  it('throws for a missing folder and leaves nothing behind', () => {
    expect(() => writeFileAtomically(join(folder, 'missing/report.json'), 'x')).toThrow(/ENOENT/)
    expect(readdirSync(folder)).toEqual(['report.sarif'])
  })
})
