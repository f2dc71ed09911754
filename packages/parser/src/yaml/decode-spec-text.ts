import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { decodeUtf8Strictly } from './decode-utf8-strictly.js'
import { resolveYamlLimits, type YamlLimits } from './limits.js'

/** A spec file's bytes as text, or the diagnostics that say why they are not text. */
export interface DecodedSpecText {
  /** The text, without a UTF-8 byte order mark; absent when the bytes were refused. */
  readonly text?: string
  readonly diagnostics: Diagnostic[]
}

const utf8Bom = [0xef, 0xbb, 0xbf] as const

/**
 * Decodes a spec file's bytes as UTF-8. Refuses, each with one `syntax/…`
 * diagnostic: files larger than `maxFileBytes` (before decoding anything),
 * UTF-16 files (by their byte order mark), NUL bytes and invalid UTF-8 (the
 * message names the byte offset in the file).
 *
 * A leading UTF-8 byte order mark is dropped, so the offsets of every span,
 * here and in later stages, refer to the text after it. A file of only
 * whitespace becomes '', which `loadYaml` reports as an empty document.
 *
 * @param bytes the file's content as read from disk
 * @param file the workspace-relative path diagnostics name
 * @param limits overrides of `defaultYamlLimits`; only `maxFileBytes` is used here
 */
export function decodeSpecText(bytes: Uint8Array, file: string, limits: Partial<YamlLimits> = {}): DecodedSpecText {
  const { maxFileBytes } = resolveYamlLimits(limits)
  if (bytes.length > maxFileBytes) {
    const args = { size: bytes.length, limit: maxFileBytes }
    return { diagnostics: [createDiagnostic('syntax/file-too-large', args, { file, span: [0, 0] })] }
  }
  const bomLength = startsWithUtf8Bom(bytes) ? utf8Bom.length : 0
  const decoded = decodeUtf8Strictly(bytes.subarray(bomLength))
  if (!decoded.ok) {
    const { problem, byte, offset, line, column } = decoded.problem
    const args = { problem, byte: byte + bomLength, line, column }
    return { diagnostics: [createDiagnostic('syntax/encoding', args, { file, span: [offset, offset] })] }
  }
  return { text: decoded.text.trim() === '' ? '' : decoded.text, diagnostics: [] }
}

function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return utf8Bom.every((byte, index) => bytes[index] === byte)
}
