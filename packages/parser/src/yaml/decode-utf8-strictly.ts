import { createLineIndex } from './line-index.js'

/** Why bytes are not acceptable UTF-8 text, and where. */
export interface EncodingProblem {
  readonly problem: 'utf-16le' | 'utf-16be' | 'nul' | 'invalid-utf-8'
  /** Offset of the offending byte in the bytes given. */
  readonly byte: number
  /** UTF-16 offset of the same place in the text decoded so far (all of it valid). */
  readonly offset: number
  readonly line: number
  readonly column: number
}

/** The decoded text, or the first reason the bytes are not UTF-8 text. */
export type StrictUtf8 =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: EncodingProblem }

/**
 * Decodes `bytes` as UTF-8, refusing a UTF-16 byte order mark, NUL bytes and
 * invalid sequences. The decoder is fatal; only when it fails are the bytes
 * decoded again, leniently, to find where.
 */
export function decodeUtf8Strictly(bytes: Uint8Array): StrictUtf8 {
  const bom = detectUtf16Bom(bytes)
  if (bom) return { ok: false, problem: { problem: bom, byte: 0, offset: 0, line: 1, column: 1 } }
  let text: string | undefined
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    // Invalid UTF-8: located below.
  }
  if (text !== undefined && !text.includes('\0')) return { ok: true, text }
  // The lenient decoder marks every sequence the fatal one refuses, so this
  // finds a problem; the fallback only keeps the types honest.
  const problem = locateFirstBadByte(bytes) ?? { problem: 'invalid-utf-8', byte: 0, offset: 0, line: 1, column: 1 }
  return { ok: false, problem }
}

function detectUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * The first NUL byte or invalid sequence. A lenient decoder turns each
 * invalid sequence into U+FFFD; walking those (and NULs) while counting the
 * bytes of the valid text between them gives the byte offset. A U+FFFD that
 * the file really contains (EF BF BD) is skipped.
 */
function locateFirstBadByte(bytes: Uint8Array): EncodingProblem | undefined {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const encoder = new TextEncoder()
  let byte = 0
  let from = 0
  for (const match of lenient.matchAll(/[\0\uFFFD]/g)) {
    byte += encoder.encode(lenient.slice(from, match.index)).length
    from = match.index + 1
    const isRealReplacementChar =
      match[0] === '\uFFFD' && bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd
    if (isRealReplacementChar) {
      byte += 3
      continue
    }
    const { line, column } = createLineIndex(lenient.slice(0, match.index)).locate(match.index)
    return { problem: match[0] === '\0' ? 'nul' : 'invalid-utf-8', byte, offset: match.index, line, column }
  }
  return undefined
}
