import { describe, expect, it } from 'vitest'
import { escapeXml } from './escape-xml.js'

describe('escapeXml', () => {
  it('escapes the five predefined entities', () => {
    expect(escapeXml(`<a href="x">'b' & c</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;b&apos; &amp; c&lt;/a&gt;')
  })

  it('keeps line breaks and tabs as character references', () => {
    expect(escapeXml('a\nb\r\tc')).toBe('a&#10;b&#13;&#9;c')
  })

  it('replaces characters XML 1.0 forbids, and lone surrogates, with U+FFFD', () => {
    expect(escapeXml('a\u0000b\u001bc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd')
    expect(escapeXml('åäö 🙂')).toBe('åäö 🙂')
  })
})
