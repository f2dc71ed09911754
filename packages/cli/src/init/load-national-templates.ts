import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadWorkspace, type DatasetDocument, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { syncWorkspaceHost } from '../lint/sync-workspace-host.js'
import { templatesFolder } from './list-template-files.js'

/** A län: its code in the agreement's table and SCB's name for it. */
export interface County {
  readonly code: string
  readonly name: string
}

/** A kommun of the population dataset: its unit id there, its name as the dataset gives it, and its län. */
export interface Kommun {
  readonly id: string
  readonly name: string
  readonly county: string
}

/** One year's national files as `fordela init --lan` copies them. */
export interface NationalTemplates {
  readonly year: string
  /** The folder `templates/national/<year>`. */
  readonly folder: string
  /** The 21 län of the län population dataset, in its order. */
  readonly counties: readonly County[]
  /** Every kommun of the kommun population dataset, in its order. */
  readonly kommuner: readonly Kommun[]
  /** The kommun dataset's path in the new repository, e.g. `data/befolkning-kommun-2025-09-30.yaml`. */
  readonly kommunDatasetPath: string
}

const nationalFolder = join(templatesFolder, 'national')

/** The years fordela ships an agreement for, oldest first. */
export function listNationalYears(): string[] {
  return readdirSync(nationalFolder)
    .filter((name) => /^\d{4}$/.test(name))
    .sort()
}

/**
 * Reads one year's national templates with fordela's own parser, so the
 * län and kommuner come from the sourced datasets exactly as `fordela lint`
 * reads them (the CSV import with its renames). Throws a usage error for a
 * year fordela has no agreement for.
 */
export async function loadNationalTemplates(year: string, lang: Language): Promise<NationalTemplates> {
  const years = listNationalYears()
  if (!years.includes(year)) {
    throw new UsageError(say(lang, messages.cliInit.noAgreementForYear, { year, years: years.join(', ') }))
  }
  const folder = join(nationalFolder, year)
  const workspace = await loadWorkspace({ root: folder, host: syncWorkspaceHost })
  const errors = workspace.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  // The templates are ours: if they do not load, fordela itself is broken.
  if (errors.length > 0)
    throw new Error(`templates/national/${year} does not load: ${errors.map((error) => error.code).join(', ')}`)
  const dataset = (unitKind: string): DatasetDocument => {
    const found = workspace.documents.find(
      (document): document is DatasetDocument => document.kind === 'Dataset' && document.unitKind.value === unitKind,
    )
    if (!found) throw new Error(`templates/national/${year} has no ${unitKind} dataset`)
    return found
  }
  const kommunDataset = dataset('kommun')
  return {
    year,
    folder,
    counties: dataset('lan').units.map((unit) => ({ code: unit.id.value, name: unit.name })),
    kommuner: kommunDataset.units.map((unit) => ({ id: unit.id.value, name: unit.name, county: unit.group ?? '' })),
    kommunDatasetPath: kommunDataset.file,
  }
}

/** The län with `code`, or a usage error listing the 21 codes. */
export function findCounty(national: NationalTemplates, code: string, lang: Language): County {
  const county = national.counties.find((candidate) => candidate.code === code)
  if (county) return county
  const known = national.counties.map((candidate) => `${candidate.code} ${candidate.name}`).join(', ')
  throw new UsageError(say(lang, messages.cliInit.noSuchCounty, { code, known }))
}
