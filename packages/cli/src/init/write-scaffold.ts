import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { UsageError } from '../errors.js'
import { writeOutputFile } from '../lint/write-output-file.js'
import type { ScaffoldFile } from './scaffold-file.js'

/**
 * Checks that none of `paths` exists in `target` (unless `force`), naming
 * them all in one usage error, so a run stops before writing anything.
 */
export function refuseToOverwrite(
  target: string,
  paths: readonly string[],
  force: boolean,
  cwd: string,
  lang: Language,
): void {
  const existing = paths.filter((file) => existsSync(join(target, file)))
  if (existing.length === 0 || force) return
  const shown = existing.map((file) => relative(cwd, join(target, file)) || file).join(', ')
  throw new UsageError(say(lang, messages.cliInit.alreadyExist, { files: shown }))
}

/** Writes each file into `target` (the new workspace's root), atomically, creating its folders. */
export async function writeScaffoldFiles(
  target: string,
  files: readonly ScaffoldFile[],
  cwd: string,
  lang: Language,
): Promise<void> {
  for (const file of files) {
    const path = join(target, file.path)
    mkdirSync(dirname(path), { recursive: true })
    await writeOutputFile(path, file.text, target, cwd, lang)
  }
}
