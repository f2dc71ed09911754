// What `fordela render --check` found, as annotations and as a table for the
// job summary. fordela's own output says the same in the log; this puts it
// where reviewers look.

/**
 * One spec's check.
 * @typedef {object} RenderCheck
 * @property {string} spec the spec, as the input named it
 * @property {string} markdown the committed memo it is compared with
 * @property {number} status render's exit code: 0 the same, 1 different or the spec has errors, 2 not checkable
 * @property {string} diff the unified diff (committed → rendered) when the memo is out of date, else ''
 */

/**
 * The memo `fordela render --check` compares a spec with: the spec's path
 * with `.md` for `.yaml`/`.yml`, as fordela's default.
 * @param {string} spec
 * @returns {string}
 */
export function toMarkdownPath(spec) {
  return `${spec.replace(/\.ya?ml$/i, '')}.md`
}

/**
 * What is wrong, as a sentence in Swedish and English; undefined when the memo is up to date.
 * @param {RenderCheck} check
 * @returns {string | undefined}
 */
export function describeRenderProblem({ spec, markdown, status, diff }) {
  if (status === 0) return undefined
  if (status === 1 && diff) {
    return `${markdown} är inte vad ${spec} renderar; uppdatera den med fordela render ${spec} -o ${markdown}. / ${markdown} is not what ${spec} renders; update it with fordela render ${spec} -o ${markdown}.`
  }
  if (status === 1) {
    return `${spec} har fel, så beslutsunderlaget kunde inte renderas och jämföras; rätta det som fordela lint visar. / ${spec} has errors, so its memo could not be rendered and compared; fix what fordela lint reports.`
  }
  return `${markdown} kunde inte jämföras med ${spec}; se loggen. / ${markdown} could not be compared with ${spec}; see the log.`
}

/**
 * A job-summary section: one row per spec, then each out-of-date memo's
 * diff, folded.
 * @param {readonly RenderCheck[]} checks
 * @returns {string}
 */
export function formatRenderSummary(checks) {
  const lines = ['### fordela render --check', '', '| Beslutsunderlag | Spec | Resultat |', '| --- | --- | --- |']
  for (const check of checks) lines.push(`| \`${escapeCell(check.markdown)}\` | \`${escapeCell(check.spec)}\` | ${describeResult(check)} |`)
  for (const check of checks.filter((c) => c.diff)) {
    const fence = '`'.repeat(Math.max(3, ...[...check.diff.matchAll(/`+/g)].map((run) => run[0].length + 1)))
    lines.push('', `<details><summary>${escapeHtml(check.markdown)}: skillnad mot det renderade / diff against the rendering</summary>`, '', `${fence}diff`, check.diff.replace(/\n$/, ''), fence, '', '</details>')
  }
  return `${lines.join('\n')}\n`
}

/**
 * The result cell.
 * @param {RenderCheck} check
 */
function describeResult({ spec, markdown, status, diff }) {
  if (status === 0) return '✔ stämmer / up to date'
  if (status === 1 && diff) return `✖ inaktuellt / out of date: \`fordela render ${escapeCell(spec)} -o ${escapeCell(markdown)}\``
  if (status === 1) return '✖ specen har fel / the spec has errors'
  return '✖ kunde inte jämföras / could not be compared'
}

/**
 * Text safe in one table cell.
 * @param {string} text
 */
function escapeCell(text) {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/**
 * Text safe inside HTML.
 * @param {string} text
 */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
