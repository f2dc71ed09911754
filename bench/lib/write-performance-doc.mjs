import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/** Everything after this line in docs/performance.md is hand-written and kept by every run. */
export const handWrittenMarker = '<!-- Everything below this line is written by hand; `npm run bench` keeps it. -->'

const defaultHandWritten = `
## Where the time goes

(Write the analysis of profiles here; \`npm run bench\` rewrites only the part above.)
`

/**
 * Writes docs/performance.md: the generated report on top, then whatever
 * the file already held below {@link handWrittenMarker}.
 *
 * @param {string} file
 * @param {string} generated Markdown without a trailing marker
 */
export function writePerformanceDoc(file, generated) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const cut = old.indexOf(handWrittenMarker)
  const handWritten = cut === -1 ? defaultHandWritten : old.slice(cut + handWrittenMarker.length)
  writeFileSync(file, `${generated.trimEnd()}\n\n${handWrittenMarker}\n${handWritten.replace(/^\n*/, '\n')}`)
}
