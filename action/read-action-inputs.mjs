// Reads the action's inputs from the environment. action.yml hands each input
// to the script as an INPUT_* variable, so the script runs the same way in a
// workflow, in the tests and in a terminal.

/**
 * The inputs of the fordela action, checked.
 * @typedef {object} ActionInputs
 * @property {string[]} paths files or folders to lint; empty for the whole workspace
 * @property {string | undefined} config the fordela.config.yaml to use
 * @property {'sv' | 'en' | undefined} lang the language of messages
 * @property {string | undefined} maxWarnings fail above this many warnings
 * @property {string | undefined} sarifFile where to write the SARIF report
 * @property {string[]} renderCheck specs whose committed Markdown must be up to date
 * @property {string[]} render specs to render into `renderOutput`
 * @property {boolean} renderChanged whether to render every allocation the pull request changes or adds, too
 * @property {boolean} renderDocx whether to write each rendered memo as .docx too
 * @property {string} renderOutput the folder rendered memos are written to
 * @property {string | undefined} baseRef the commit to compare against with fordela diff
 * @property {boolean} comment whether to post the diff as a pull-request comment
 */

/** A mistake in the action's inputs; the script reports it as one annotation and exits 2. */
export class InputError extends Error {}

/**
 * Reads and checks the `INPUT_*` variables.
 * @param {Readonly<Record<string, string | undefined>>} env the process environment
 * @returns {ActionInputs}
 * @throws {InputError} when an input has a value the action does not accept
 */
export function readActionInputs(env) {
  const lang = readText(env, 'LANG')
  if (lang !== undefined && lang !== 'sv' && lang !== 'en') {
    throw new InputError(
      `lang: "${lang}" är inget språk fordela kan; välj sv eller en. / lang: "${lang}" is not sv or en.`,
    )
  }
  const maxWarnings = readText(env, 'MAX_WARNINGS')
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new InputError(
      `max-warnings: "${maxWarnings}" är inget heltal ≥ 0. / max-warnings: "${maxWarnings}" is not a whole number ≥ 0.`,
    )
  }
  return {
    paths: readList(env, 'PATHS'),
    config: readText(env, 'CONFIG'),
    lang,
    maxWarnings,
    sarifFile: readText(env, 'SARIF_FILE'),
    renderCheck: readList(env, 'RENDER_CHECK'),
    render: readList(env, 'RENDER'),
    renderChanged: readBoolean(env, 'RENDER_CHANGED'),
    renderDocx: readBoolean(env, 'RENDER_DOCX'),
    renderOutput: readText(env, 'RENDER_OUTPUT') ?? 'beslutsunderlag',
    baseRef: readText(env, 'BASE_REF'),
    comment: readBoolean(env, 'COMMENT'),
  }
}

/**
 * One input's trimmed value; undefined when it is empty or unset.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string} name
 */
function readText(env, name) {
  const value = env[`INPUT_${name}`]?.trim()
  return value ? value : undefined
}

/**
 * A list input: one entry per line (so paths may hold spaces), blank lines skipped.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string} name
 */
function readList(env, name) {
  return (env[`INPUT_${name}`] ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * A boolean input as GitHub writes it: `true` or `false` (YAML 1.2 core schema), empty for false.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string} name
 */
function readBoolean(env, name) {
  const value = readText(env, name)
  if (value === undefined || value === 'false') return false
  if (value === 'true') return true
  const input = name.toLowerCase().replace(/_/g, '-')
  throw new InputError(`${input}: "${value}" ska vara true eller false. / ${input}: "${value}" must be true or false.`)
}
