import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '@fordela/parser'
import { buildCountyParties } from './build-county-parties.js'
import { countyTemplateFolder, listTemplateFiles, templatesFolder } from './list-template-files.js'
import { findCounty, loadNationalTemplates } from './load-national-templates.js'
import { renderWorkflow } from './render-workflow.js'
import type { ScaffoldFile } from './scaffold-file.js'

/** What `fordela init --lan <code> --year <year>` starts from. */
export interface CountyScaffoldOptions {
  readonly code: string
  readonly year: string
  readonly version: string
  readonly actionRef: string
  readonly lang: Language
}

/** A county repository's files and the län they are for. */
export interface CountyScaffold {
  readonly countyName: string
  readonly files: readonly ScaffoldFile[]
}

/** `# yaml-language-server: $schema=../../schemas/x.json`, as the examples have it, pointed at the schemas of this release. */
function pointSchemaAtRelease(text: string, version: string): string {
  return text.replace(
    /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/([a-z-]+\.schema\.json)$/m,
    (_line, schema: string) => `# yaml-language-server: $schema=${schemaUrl(schema, version)}`,
  )
}

const schemaUrl = (schema: string, version: string) =>
  `https://raw.githubusercontent.com/fordela/fordela/v${version}/schemas/${schema}`

/**
 * A county's repository for one year: that year's national agreement and
 * strategy and the sourced population data (`templates/national/<year>`,
 * copies of examples/ with their sources), the län's parties (Västra
 * Götaland's as in the examples; for another län its kommuner from the data
 * and a note on what is not known), the config, editor settings and the CI
 * workflow. No allocation: that is the county's own first pull request.
 */
export async function buildCountyScaffold(options: CountyScaffoldOptions): Promise<CountyScaffold> {
  const { version, lang } = options
  const national = await loadNationalTemplates(options.year, lang)
  const county = findCounty(national, options.code, lang)
  const nationalFiles = listTemplateFiles(national.folder).map((path) => ({
    path,
    text: pointSchemaAtRelease(readFileSync(join(national.folder, path), 'utf8'), version),
  }))
  const knownParties = join(templatesFolder, 'lan', county.code, 'parter.yaml')
  const parties = existsSync(knownParties)
    ? // Written for examples/<county>/, one folder down from data/.
      pointSchemaAtRelease(readFileSync(knownParties, 'utf8'), version).replace(
        /^dataset: \.\.\/data\//m,
        'dataset: ./data/',
      )
    : buildCountyParties(county, national, schemaUrl('parties.schema.json', version))
  const files: ScaffoldFile[] = [
    ...nationalFiles,
    { path: 'parter.yaml', text: parties },
    { path: 'fordela.config.yaml', text: readFileSync(join(templatesFolder, 'lan/fordela.config.yaml'), 'utf8') },
    { path: '.vscode/settings.json', text: readFileSync(join(countyTemplateFolder, '.vscode/settings.json'), 'utf8') },
    renderWorkflow(options.actionRef, [], []),
  ]
  return { countyName: county.name, files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) }
}
