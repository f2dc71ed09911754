import { existsSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { findConfigFile } from '../config/find-config-file.js'
import { UsageError } from '../errors.js'
import { resolveLintSetup, type LintSetup } from '../lint/resolve-lint-setup.js'

/** A spec file and the workspace it is evaluated in. */
export interface LocatedSpec {
  /** The lint setup of its workspace (root, config, language, baseline), linting this file. */
  readonly setup: LintSetup
  /** The file's absolute path. */
  readonly absolute: string
  /** The file's workspace path, as documents and findings name it. */
  readonly file: string
}

/** Options a command that works on one spec file takes. */
export interface SpecOptions {
  readonly lang?: Language
  readonly config?: string
  readonly root?: string
}

/**
 * Finds the workspace a spec file lives in: the root is `--root`, else the
 * folder of the config file (`--config`, else the nearest
 * `fordela.config.yaml` upward from the spec), else the working directory
 * when the spec lies in it, else the spec's own folder. The config applies
 * as for `fordela lint`. A missing file, a folder, or a spec outside the
 * root is a usage error.
 */
export async function locateSpec(spec: string, options: SpecOptions, cwd: string): Promise<LocatedSpec> {
  const lang = options.lang ?? 'sv'
  const absolute = resolve(cwd, spec)
  if (!existsSync(absolute) || statSync(absolute).isDirectory()) {
    throw new UsageError(say(lang, messages.cliSpec.noSuchSpec, { spec }))
  }
  const config = options.config === undefined ? findConfigFile(dirname(absolute)) : resolve(cwd, options.config)
  const root =
    options.root ?? (config !== undefined ? dirname(config) : isInside(cwd, absolute) ? cwd : dirname(absolute))
  const setup = await resolveLintSetup(
    [absolute],
    { root, ...(config !== undefined ? { config } : {}), ...(options.lang ? { lang: options.lang } : {}) },
    cwd,
  )
  const file = relative(realpathSync(setup.root), realpathSync(absolute)).split(sep).join('/')
  return { setup, absolute, file }
}

/** Whether `path` lies in `folder` or below it. */
function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path)
  return fromFolder !== '' && !fromFolder.startsWith(`..${sep}`) && fromFolder !== '..' && !isAbsolute(fromFolder)
}
