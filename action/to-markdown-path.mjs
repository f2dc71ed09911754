// Where `fordela render --check` finds a spec's committed memo.

/**
 * The memo `fordela render --check` compares a spec with: the spec's path
 * with `.md` for `.yaml`/`.yml`, as fordela's default.
 * @param {string} spec
 * @returns {string}
 */
export function toMarkdownPath(spec) {
  return `${spec.replace(/\.ya?ml$/i, '')}.md`
}
