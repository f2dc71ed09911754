import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countyTemplateFolder, listTemplateFiles } from './list-template-files.js'
import { renderWorkflow } from './render-workflow.js'
import type { ScaffoldFile } from './scaffold-file.js'

/** The example scaffold's first allocation; its rendered memo is written beside it. */
export const scaffoldAllocation = 'fordelningar/2026-fordelning.yaml'

/** Its memo, which the workflow checks. */
export const scaffoldMemo = scaffoldAllocation.replace(/\.yaml$/, '.md')

/**
 * The example county repository (`templates/county`): made-up parties and
 * data to replace, a first allocation, and the CI workflow checking and
 * rendering its memo. The memo itself is rendered once these are written.
 */
export function buildExampleScaffold(actionRef: string): ScaffoldFile[] {
  const files = listTemplateFiles(countyTemplateFolder).map((path) => ({
    path,
    text: readFileSync(join(countyTemplateFolder, path), 'utf8'),
  }))
  return [...files, renderWorkflow(actionRef, [scaffoldAllocation], [scaffoldAllocation])]
}
