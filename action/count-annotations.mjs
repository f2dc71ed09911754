// Counts the findings in `fordela lint --format github` output, one workflow
// command per line, for the action's outputs.

/**
 * How many findings of each severity the annotations hold.
 * @typedef {object} AnnotationCounts
 * @property {number} errors `::error` lines
 * @property {number} warnings `::warning` lines
 * @property {number} notices `::notice` lines (fordela's info findings)
 */

/**
 * Counts the `::error`, `::warning` and `::notice` workflow commands in
 * `text`. The formatter escapes line breaks inside a message as `%0A`, so
 * every command is exactly one line.
 * @param {string} text the formatter's output
 * @returns {AnnotationCounts}
 */
export function countAnnotations(text) {
  const counts = { errors: 0, warnings: 0, notices: 0 }
  for (const line of text.split('\n')) {
    const command = /^::(error|warning|notice)[ :]/.exec(line)?.[1]
    if (command === 'error') counts.errors += 1
    else if (command === 'warning') counts.warnings += 1
    else if (command === 'notice') counts.notices += 1
  }
  return counts
}
