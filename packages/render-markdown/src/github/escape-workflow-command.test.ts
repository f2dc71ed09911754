import { describe, expect, it } from 'vitest'
import { escapeCommandData, escapeCommandProperty } from './escape-workflow-command.js'

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data, and % first so an escape is never escaped twice', () => {
    expect(escapeCommandData('100 %\r\nnext: a,b')).toBe('100 %25%0D%0Anext: a,b')
    expect(escapeCommandData('%0A')).toBe('%250A')
  })

  it('also escapes : and , in properties', () => {
    expect(escapeCommandProperty('C:\\x,y%\n')).toBe('C%3A\\x%2Cy%25%0A')
    expect(escapeCommandProperty('sum/fund-not-spent')).toBe('sum/fund-not-spent')
  })

  it('leaves Swedish letters and emoji as they are', () => {
    expect(escapeCommandProperty('västra-götaland/år 2025 🙂.yaml')).toBe('västra-götaland/år 2025 🙂.yaml')
  })
})
