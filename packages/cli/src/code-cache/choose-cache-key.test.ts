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

  it('keeps help, --version and unknown words apart from the commands', () => {
    expect(chooseCacheKey(['lint', '--help'])).toBe('help')
    expect(chooseCacheKey(['-h'])).toBe('help')
    expect(chooseCacheKey(['--version'])).toBe('main')
    expect(chooseCacheKey([])).toBe('main')
    expect(chooseCacheKey(['lnt', 'examples'])).toBe('main')
  })
})
