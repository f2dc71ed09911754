import { readFileSync, writeFileSync } from 'node:fs'

/**
 * Replaces what `file` holds between `startMarker` and `endMarker` with
 * `text`, keeping the markers and everything around them, so that each
 * benchmark rewrites only its own part of docs/performance.md.
 *
 * @param {string} file
 * @param {string} startMarker
 * @param {string} endMarker
 * @param {string} text Markdown without the markers
 */
export function writeBetweenMarkers(file, startMarker, endMarker, text) {
  const doc = readFileSync(file, 'utf8')
  const start = doc.indexOf(startMarker)
  const end = doc.indexOf(endMarker)
  if (start === -1 || end === -1) throw new Error(`${file} lacks the markers ${startMarker} … ${endMarker}`)
  writeFileSync(file, `${doc.slice(0, start + startMarker.length)}\n\n${text}\n\n${doc.slice(end)}`)
}
