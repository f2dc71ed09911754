import { describe, expect, it } from 'vitest'
import { compileGlob } from './compile-glob.js'

describe('compileGlob', () => {
  it('matches ** across folders, also none', () => {
    const matches = compileGlob('**/*.yaml')
    expect(matches('a.yaml')).toBe(true)
    expect(matches('vastra-gotaland/2025.yaml')).toBe(true)
    expect(matches('a/b/c.yaml')).toBe(true)
    expect(matches('a/b/c.csv')).toBe(false)
  })

  it('keeps * and ? inside one path segment', () => {
    expect(compileGlob('data/*.csv')('data/befolkning.csv')).toBe(true)
    expect(compileGlob('data/*.csv')('data/x/befolkning.csv')).toBe(false)
    expect(compileGlob('20??/plan.yaml')('2025/plan.yaml')).toBe(true)
    expect(compileGlob('20??/plan.yaml')('2025x/plan.yaml')).toBe(false)
  })

  it('matches a pattern without a slash at any depth, and everything inside a matched folder', () => {
    expect(compileGlob('*.csv')('data/befolkning.csv')).toBe(true)
    expect(compileGlob('arkiv')('gammalt/arkiv/2019.yaml')).toBe(true)
    expect(compileGlob('arkiv/**')('arkiv/2019/plan.yaml')).toBe(true)
    expect(compileGlob('./arkiv/')('arkiv/2019.yaml')).toBe(true)
    expect(compileGlob('arkiv')('arkivet/2019.yaml')).toBe(false)
  })

  it('treats regular-expression characters literally', () => {
    expect(compileGlob('a+b (1).yaml')('a+b (1).yaml')).toBe(true)
    expect(compileGlob('a.yaml')('axyaml')).toBe(false)
  })
})
