import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { createLineIndex, type Diagnostic, type SourceRange } from '../../packages/parser/src/index.js'

/**
 * The text a finding's span counts in: the workspace's copy when the file
 * was read, else the file's bytes decoded leniently (a refused file's span
 * points into the valid text before the refused byte), else ''.
 */
export function readFindingText(root: string, texts: ReadonlyMap<string, string>, file: string): string {
  const known = texts.get(file)
  if (known !== undefined) return known
  try {
    return new TextDecoder('utf-8').decode(readFileSync(path.join(root, ...file.split('/'))))
  } catch {
    return ''
  }
}

/** A finding as `severity code file:line:column`, its start located in `text`. */
export function describeFinding(diagnostic: Diagnostic, text: string): string {
  const { line, column } = createLineIndex(text).locate(diagnostic.span[0])
  return `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${line}:${column}`
}

/**
 * Asserts that a place names a workspace-relative file and a span that lies
 * within that file's text, start before end: what a code frame needs.
 */
export function expectPlaceWithin(place: SourceRange, text: string): void {
  const [start, end] = place.span
  const where = `${place.file} [${start}, ${end}] in ${text.length} characters`
  expect(place.file.length, where).toBeGreaterThan(0)
  expect(path.isAbsolute(place.file), where).toBe(false)
  expect(Number.isInteger(start) && Number.isInteger(end), where).toBe(true)
  expect(0 <= start && start <= end && end <= text.length, where).toBe(true)
}
