import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex } from '@noble/hashes/utils'
import type { Region } from './reported-finding.js'

/** What a fingerprint is made of: a finding's rule, file and where it starts. */
export interface FingerprintInput {
  readonly code: string
  readonly file: string
  readonly region: Region
}

/**
 * A stable identity for each finding, for the baseline and SARIF
 * `partialFingerprints`: a hash of the rule id, the file, the trimmed text of
 * the line the finding starts on, and how many earlier findings of that
 * rule, file and line text come first. Line numbers are left out, so
 * inserting or deleting lines elsewhere keeps every fingerprint; editing the
 * offending line makes a new one, as it should. Only the first line of a
 * span is used because many spans cover a whole mapping or document, and an
 * edit anywhere inside would otherwise resurface a baselined finding.
 *
 * `findings` must be in report order (file, then position), which makes the
 * occurrence counter deterministic.
 */
export function fingerprintDiagnostics(
  findings: readonly FingerprintInput[],
  texts: ReadonlyMap<string, string>,
): string[] {
  const linesByFile = new Map<string, LineKeys>()
  // Per rule, file and line text: how many findings came first, and the hash of the key so far.
  const seen = new Map<string, { count: number; readonly hash: ReturnType<typeof sha256.create> }>()
  return findings.map((finding) => {
    let lines = linesByFile.get(finding.file)
    if (!lines) {
      lines = createLineKeys(texts.get(finding.file) ?? '')
      linesByFile.set(finding.file, lines)
    }
    const line = lines.keyOf(finding.region.start.line - 1)
    const id = `${finding.code}\u0000${finding.file}\u0000${line.id}`
    let entry = seen.get(id)
    if (!entry) {
      const key = JSON.stringify([finding.code, finding.file, line.text])
      entry = { count: 0, hash: sha256.create().update(`${key}\u0000`) }
      seen.set(id, entry)
    }
    entry.count += 1
    // Copying the hash of the key is cheap; hashing the key again for each of 20 000 findings on one
    // 600 KB line was quadratic. The fingerprint is the same: sha256 of `${key}\0${occurrence}`.
    return bytesToHex(entry.hash.clone().update(String(entry.count)).digest()).slice(0, 32)
  })
}

/** The trimmed text of each line of a file, numbered so that equal texts share one number; each line trimmed once. */
interface LineKeys {
  keyOf(index: number): { readonly id: number; readonly text: string }
}

function createLineKeys(text: string): LineKeys {
  const lines = text.split(/\r\n|\r|\n/)
  const keys = new Map<number, { id: number; text: string }>()
  const ids = new Map<string, number>()
  return {
    keyOf(index) {
      let key = keys.get(index)
      if (!key) {
        const trimmed = (lines[index] ?? '').trim()
        let id = ids.get(trimmed)
        if (id === undefined) {
          id = ids.size
          ids.set(trimmed, id)
        }
        key = { id, text: trimmed }
        keys.set(index, key)
      }
      return key
    },
  }
}
