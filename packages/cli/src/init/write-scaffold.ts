import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { UsageError } from '../errors.js'
import { writeOutputFile } from '../lint/write-output-file.js'
import { readCliVersion } from '../read-cli-version.js'
import { countyTemplateFolder, listTemplateFiles } from './list-template-files.js'
import { renderScaffoldMemo } from './render-scaffold-memo.js'

/** The scaffold's first allocation; its rendered memo is written beside it. */
export const scaffoldAllocation = 'fordelningar/2026-fordelning.yaml'

/** Where the workflow names the fordela version to run. */
const VERSION_MARKER = /%FORDELA_VERSION%/g

/**
 * Writes the county scaffold into `target`: the template files (with this
 * fordela's version in the CI workflow) and the first allocation's rendered
 * memo. Existing files are not overwritten unless `force`: the run stops
 * before writing anything, naming them all. Returns the files written, as
 * paths relative to `target`.
 */
export async function writeScaffold(target: string, force: boolean, cwd: string, lang: Language): Promise<string[]> {
  const templates = listTemplateFiles(countyTemplateFolder)
  const memo = scaffoldAllocation.replace(/\.yaml$/, '.md')
  const files = [...templates, memo].sort()
  const existing = files.filter((file) => existsSync(join(target, file)))
  if (existing.length > 0 && !force) {
    const shown = existing.map((file) => relative(cwd, join(target, file)) || file).join(', ')
    throw new UsageError(
      lang === 'sv'
        ? `finns redan: ${shown}. Inget skrevs; kör med --force för att skriva över.`
        : `already exist: ${shown}. Nothing was written; run with --force to overwrite.`,
    )
  }
  const version = readCliVersion()
  for (const file of templates) {
    const text = readFileSync(join(countyTemplateFolder, file), 'utf8').replace(VERSION_MARKER, version)
    await writeFile(join(target, file), text, target, cwd, lang)
  }
  await writeFile(join(target, memo), await renderScaffoldMemo(join(target, scaffoldAllocation), cwd), target, cwd, lang)
  return files
}

/** Writes one file atomically, creating its folder. */
async function writeFile(path: string, text: string, root: string, cwd: string, lang: Language): Promise<void> {
  mkdirSync(dirname(path), { recursive: true })
  await writeOutputFile(path, text, root, cwd, lang)
}
