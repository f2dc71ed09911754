// The action's own messages as workflow commands, so they show as
// annotations beside fordela's findings.

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
 * message and properties escaped as GitHub's runner expects.
 * @param {Annotation} annotation what to show
 * @param {(text: string) => void} write where the line goes (standard output)
 */
export function writeAnnotation({ level, message, file, title = 'fordela' }, write) {
  const properties = [...(file ? [`file=${escapeProperty(file)}`] : []), `title=${escapeProperty(title)}`].join(',')
  write(`::${level} ${properties}::${escapeData(message)}\n`)
}

/**
 * Escapes a command's message: %, CR and LF.
 * @param {string} text
 */
function escapeData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * Escapes a command property's value: as a message, plus the separators `:` and `,`.
 * @param {string} text
 */
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
