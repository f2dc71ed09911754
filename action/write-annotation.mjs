// The action's own messages as workflow commands, so they show as
// annotations beside fordela's findings.
import { escapeCommandData, escapeCommandProperty } from '@fordela/render-markdown'

/**
 * An annotation of the action's own.
 * @typedef {object} Annotation
 * @property {'error' | 'warning' | 'notice'} level how GitHub shows it
 * @property {string} message a full sentence
 * @property {string} [file] the file it belongs to, relative to the repository root
 * @property {string} [title] its heading; `fordela` when absent
 */

/**
 * Prints one `::error …::` / `::warning …::` / `::notice …::` line, with the
 * message and properties escaped as GitHub's runner expects, by the same
 * escaper as fordela's own `--format github`.
 * @param {Annotation} annotation what to show
 * @param {(text: string) => void} write where the line goes (standard output)
 */
export function writeAnnotation({ level, message, file, title = 'fordela' }, write) {
  const properties = [
    ...(file ? [`file=${escapeCommandProperty(file)}`] : []),
    `title=${escapeCommandProperty(title)}`,
  ].join(',')
  write(`::${level} ${properties}::${escapeCommandData(message)}\n`)
}
