import { describe, expect, it } from 'vitest'
import { chooseCacheKey } from './choose-cache-key.js'

describe('chooseCacheKey', () => {
  it('names the command a run compiles', () => {
    expect(chooseCacheKey(['lint', 'examples'])).toBe('lint')
    expect(chooseCacheKey(['--debug', 'render', 'memo.yaml', '-o', 'memo.md'])).toBe('render')
    expect(chooseCacheKey(['diff', '--base', 'origin/main'])).toBe('diff')
  })

  it("gives lint's --fix and --explain paths their own cache", () => {
    expect(chooseCacheKey(['lint', '--fix'])).toBe('lint-fix')
    expect(chooseCacheKey(['lint', '--fix-dry-run', 'specs'])).toBe('lint-fix')
    expect(chooseCacheKey(['lint', '--explain', 'sum/fund-not-spent'])).toBe('lint-explain')
    expect(chooseCacheKey(['lint', '--explain=sum/fund-not-spent'])).toBe('lint-explain')
  })

  it("gives each of lint's other formats its own cache, and a value it does not know none", () => {
    expect(chooseCacheKey(['lint', '--format', 'github'])).toBe('lint-github')
    expect(chooseCacheKey(['lint', '-f', 'json', 'specs'])).toBe('lint-json')
    expect(chooseCacheKey(['lint', '--format=sarif', '-o', 'out.sarif'])).toBe('lint-sarif')
    expect(chooseCacheKey(['lint', '--format', 'stylish'])).toBe('lint')
    // An unknown format ends in a usage error; its name never reaches a file name.
    expect(chooseCacheKey(['lint', '--format', '../../x'])).toBe('lint')
  })

  it('keeps help, --version and unknown words apart from the commands', () => {
    expect(chooseCacheKey(['lint', '--help'])).toBe('help')
    expect(chooseCacheKey(['-h'])).toBe('help')
    expect(chooseCacheKey(['--version'])).toBe('main')
    expect(chooseCacheKey([])).toBe('main')
    expect(chooseCacheKey(['lnt', 'examples'])).toBe('main')
  })
})
