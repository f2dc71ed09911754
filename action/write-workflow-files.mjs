// Writes to the files GitHub Actions reads after a step: $GITHUB_OUTPUT for
// step outputs and $GITHUB_STEP_SUMMARY for the job summary.
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'

/**
 * Appends step outputs to `$GITHUB_OUTPUT`. A value with a line break uses
 * the `name<<delimiter` form, with a random delimiter that the value cannot
 * contain by accident. Does nothing outside a workflow (no file named).
 * @param {string | undefined} file the value of GITHUB_OUTPUT
 * @param {Readonly<Record<string, string | number>>} outputs name → value
 */
export function appendOutputs(file, outputs) {
  if (!file) return
  const lines = Object.entries(outputs).map(([name, raw]) => {
    const value = String(raw)
    if (!/[\r\n]/.test(value)) return `${name}=${value}\n`
    const delimiter = `fordela_${randomUUID()}`
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`
  })
  appendFileSync(file, lines.join(''))
}

/**
 * Appends Markdown to the job summary, separated from what is already
 * there by a blank line. Does nothing outside a workflow.
 * @param {string | undefined} file the value of GITHUB_STEP_SUMMARY
 * @param {string} markdown the text to add
 */
export function appendSummary(file, markdown) {
  if (!file) return
  appendFileSync(file, markdown.endsWith('\n') ? `${markdown}\n` : `${markdown}\n\n`)
}
