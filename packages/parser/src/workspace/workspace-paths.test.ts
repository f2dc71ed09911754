import { describe, expect, it } from 'vitest'
import { isPathReference, relativeFrom, resolveLexically } from './workspace-paths.js'

describe('isPathReference', () => {
  it('tells paths from ids', () => {
    expect(isPathReference('vg-parter')).toBe(false)
    expect(isPathReference('parter.yaml')).toBe(true)
    expect(isPathReference('parter.YML')).toBe(true)
    expect(isPathReference('./parter')).toBe(true)
    expect(isPathReference('..\\parter')).toBe(true)
  })
})

describe('resolveLexically', () => {
  it('resolves against the folder of the referring file', () => {
    expect(resolveLexically('vastra-gotaland/2025.yaml', './parter.yaml')).toEqual({
      type: 'inside',
      path: 'vastra-gotaland/parter.yaml',
    })
    expect(resolveLexically('vastra-gotaland/2025.yaml', '../data/x.yaml')).toEqual({
      type: 'inside',
      path: 'data/x.yaml',
    })
    expect(resolveLexically('top.yaml', 'a/./b/../c.yaml')).toEqual({ type: 'inside', path: 'a/c.yaml' })
  })

  it('puts paths that climb above the root or are absolute outside', () => {
    expect(resolveLexically('a/b.yaml', '../../etc/passwd')).toEqual({ type: 'outside' })
    expect(resolveLexically('a/b.yaml', '../a/../../x.yaml')).toEqual({ type: 'outside' })
    expect(resolveLexically('b.yaml', '/etc/passwd')).toEqual({ type: 'outside' })
    expect(resolveLexically('b.yaml', 'C:\\Windows\\win.ini')).toEqual({ type: 'outside' })
    expect(resolveLexically('b.yaml', '\\\\server\\share\\x.yaml')).toEqual({ type: 'outside' })
    expect(resolveLexically('a/b.yaml', '..\\..\\etc\\passwd')).toEqual({ type: 'outside' })
  })
})

describe('relativeFrom', () => {
  it('writes a target as a reference from a file would', () => {
    expect(relativeFrom('vastra-gotaland/2025.yaml', 'vastra-gotaland/parter.yaml')).toBe('./parter.yaml')
    expect(relativeFrom('vastra-gotaland/2025.yaml', 'data/x.yaml')).toBe('../data/x.yaml')
  })
})
