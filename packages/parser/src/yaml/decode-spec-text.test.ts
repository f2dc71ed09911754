import { describe, expect, test } from 'vitest'
import { decodeSpecText } from './decode-spec-text.js'
import { loadYaml } from './load-yaml.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((part) => [...part]))

describe('decodeSpecText', () => {
  test('decodes UTF-8, å ä ö included', () => {
    expect(decodeSpecText(encode('län: Västra Götaland\n'), 'a.yaml')).toEqual({
      text: 'län: Västra Götaland\n',
      diagnostics: [],
    })
  })

  test('refuses a file over maxFileBytes at offset 0 without decoding it', () => {
    // 1 MiB = 1 048 576 bytes; one byte more is refused even though it is
    // not valid UTF-8, since it is never decoded.
    const bytes = new Uint8Array(1024 * 1024 + 1).fill(0xff)
    const { text, diagnostics } = decodeSpecText(bytes, 'big.yaml')
    expect(text).toBeUndefined()
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      code: 'syntax/file-too-large',
      file: 'big.yaml',
      span: [0, 0],
      severity: 'error',
    })
    expect(diagnostics[0]?.message.sv).toBe(
      'Filen är 1 048 577 byte, men en spec får vara högst 1 048 576 byte, så den lästes inte.',
    )
  })

  test('accepts a file of exactly maxFileBytes', () => {
    expect(decodeSpecText(encode('a: 1\n'), 'a.yaml', { maxFileBytes: 5 }).diagnostics).toEqual([])
    expect(decodeSpecText(encode('a: 12\n'), 'a.yaml', { maxFileBytes: 5 }).diagnostics[0]?.code).toBe(
      'syntax/file-too-large',
    )
  })

  test.each([
    ['utf-16le', [0xff, 0xfe], 'UTF-16LE'],
    ['utf-16be', [0xfe, 0xff], 'UTF-16BE'],
  ])('refuses %s with a byte order mark and says to save as UTF-8', (_name, bom, label) => {
    // "a:" in UTF-16: each ASCII character is two bytes, one of them 0.
    const { text, diagnostics } = decodeSpecText(concat(bom, [0x61, 0x00, 0x3a, 0x00]), 'a.yaml')
    expect(text).toBeUndefined()
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['syntax/encoding', [0, 0]]])
    expect(diagnostics[0]?.message.en).toBe(
      `The file is saved as ${label} (it starts with a byte order mark), but a spec must be saved as UTF-8.`,
    )
    expect(diagnostics[0]?.hint?.sv).toContain('UTF-8')
  })

  test('refuses Latin-1 text at the first invalid byte, naming its offset, line and column', () => {
    // "a: 1\nlän" in Latin-1: "a: 1\n" is bytes 0–4, "l" byte 5, "ä" (0xE4) byte 6:
    // line 2, column 2. 0xE4 opens a three-byte sequence that "n" does not continue.
    const { text, diagnostics } = decodeSpecText(concat(encode('a: 1\nl'), [0xe4], encode('n: 1\n')), 'a.yaml')
    expect(text).toBeUndefined()
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['syntax/encoding', [6, 6]]])
    expect(diagnostics[0]?.message.sv).toBe(
      'Filen är inte giltig UTF-8-text: byte 6 (rad 2, kolumn 2) är inte giltig UTF-8.',
    )
  })

  test('refuses a NUL byte at its offset', () => {
    // "ab\n" then "ö" (two bytes, one UTF-16 unit) then NUL: byte 5, text offset 4, line 2 column 2.
    const { diagnostics } = decodeSpecText(concat(encode('ab\nö'), [0x00]), 'a.yaml')
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['syntax/encoding', [4, 4]]])
    expect(diagnostics[0]?.message.en).toBe(
      'The file is not valid UTF-8 text: byte 5 (line 2, column 2) is a NUL byte, which text must not contain.',
    )
  })

  test('reports whichever of a NUL and an invalid byte comes first', () => {
    // Invalid 0xC0 at byte 1 precedes the NUL at byte 2.
    const { diagnostics } = decodeSpecText(new Uint8Array([0x61, 0xc0, 0x00]), 'a.yaml')
    expect(diagnostics[0]?.message.en).toContain('byte 1 (line 1, column 2) is not valid UTF-8')
  })

  test('skips a replacement character the file really contains', () => {
    // U+FFFD written in UTF-8 (EF BF BD, bytes 0–2) is text; the lone 0xFF at byte 3 is not.
    const { diagnostics } = decodeSpecText(new Uint8Array([0xef, 0xbf, 0xbd, 0xff]), 'a.yaml')
    expect(diagnostics.map((d) => d.span)).toEqual([[1, 1]])
    expect(diagnostics[0]?.message.en).toContain('byte 3 (line 1, column 2)')
    expect(decodeSpecText(new Uint8Array([0xef, 0xbf, 0xbd]), 'a.yaml')).toEqual({ text: '\uFFFD', diagnostics: [] })
  })

  test('refuses binary bytes (a PNG header) at the first byte', () => {
    // 0x89 is a continuation byte and cannot start a character.
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]
    const { text, diagnostics } = decodeSpecText(new Uint8Array(png), 'image.yaml')
    expect(text).toBeUndefined()
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['syntax/encoding', [0, 0]]])
    expect(diagnostics[0]?.message.en).toContain('byte 0 (line 1, column 1) is not valid UTF-8')
  })

  test('strips a UTF-8 byte order mark; offsets then count from the text after it', () => {
    const { text, diagnostics } = decodeSpecText(concat([0xef, 0xbb, 0xbf], encode('a: 1\na: 2\n')), 'a.yaml')
    expect(text).toBe('a: 1\na: 2\n')
    expect(diagnostics).toEqual([])
    // The second "a" is at offset 5 of the text, though byte 8 of the file.
    expect(loadYaml(text ?? '', 'a.yaml').diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['syntax/duplicate-key', [5, 6]],
    ])
  })

  test('names the file byte, BOM included, for a bad byte after a UTF-8 BOM', () => {
    // BOM is bytes 0–2, "a" byte 3, 0xFF byte 4; in the text after the BOM it is offset 1.
    const { diagnostics } = decodeSpecText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]), 'a.yaml')
    expect(diagnostics.map((d) => d.span)).toEqual([[1, 1]])
    expect(diagnostics[0]?.message.en).toContain('byte 4 (line 1, column 2)')
  })

  test.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\t\r\n  '],
    ['a BOM only', '\uFEFF'],
  ])('turns %s into the empty text', (_name, content) => {
    expect(decodeSpecText(encode(content), 'a.yaml')).toEqual({ text: '', diagnostics: [] })
  })
})
