import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { templatesFolder } from './list-template-files.js'
import type { ScaffoldFile } from './scaffold-file.js'

/** Where the workflow lives in the new repository. */
export const workflowPath = '.github/workflows/fordela.yml'

/** A tag, branch or commit: what `uses: owner/repo@<ref>` accepts, and nothing a YAML line or an expression could be made of. */
const ACTION_REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/

/**
 * The reference `fordela init` pins the project's Action to: `--action-ref`
 * when given (checked), else the release tag of this CLI's version.
 */
export function chooseActionRef(given: string | undefined, version: string, lang: Language): string {
  if (given === undefined) return `v${version}`
  if (!ACTION_REF.test(given) || given.includes('..')) {
    throw new UsageError(say(lang, messages.cliInit.badActionRef, { given: JSON.stringify(given), version }))
  }
  return given
}

/** A `with:` value listing specs, one a line, as a YAML block under a step's `with:`; `''` for none. */
function formatSpecList(specs: readonly string[]): string {
  return specs.length === 0 ? "''" : `|\n${specs.map((spec) => `            ${spec}`).join('\n')}`
}

/**
 * The county's CI workflow (`templates/workflow/fordela.yml`): fordela's own
 * Action at `actionRef`, checking the committed memos of `renderCheck` and
 * rendering the memos of `render` for download.
 */
export function renderWorkflow(
  actionRef: string,
  renderCheck: readonly string[],
  render: readonly string[],
): ScaffoldFile {
  const template = readFileSync(join(templatesFolder, 'workflow/fordela.yml'), 'utf8')
  const text = template
    .replace('%FORDELA_ACTION_REF%', actionRef)
    .replace('%FORDELA_RENDER_CHECK%', formatSpecList(renderCheck))
    .replace('%FORDELA_RENDER%', formatSpecList(render))
  return { path: workflowPath, text }
}
