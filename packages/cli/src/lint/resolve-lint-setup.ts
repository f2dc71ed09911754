import { existsSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { createLineIndex, describeFileError, showControlCharacters, type Language } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { compileGlob } from '../config/compile-glob.js'
import { findConfigFile } from '../config/find-config-file.js'
import { emptyConfig, type LintConfig } from '../config/lint-config.js'
import { readConfigFile } from '../config/read-config-file.js'
import { defaultBaselineName } from '@fordela/engine'
import { UsageError } from '../errors.js'
import { readCliFile } from '../files/resolve-cli-file.js'
import type { LintOptions } from './lint-options.js'

/** Where and how `fordela lint` runs, once options and config are settled. */
export interface LintSetup {
  /** Absolute workspace root. */
  readonly root: string
  readonly config: LintConfig
  readonly lang: Language
  /** Absolute paths to lint; absent for the whole workspace. */
  readonly paths?: readonly string[]
  /** Workspace paths the walk leaves out (config `ignore`, files outside `include`). */
  readonly ignore: (workspacePath: string) => boolean
  readonly maxWarnings?: number
  /** The baseline to apply, if any. */
  readonly baselineFile?: string
  /** Where `--baseline-write` writes. */
  readonly baselineWriteFile?: string
}

/**
 * Settles the config file (`--config`, else the nearest
 * `fordela.config.yaml` upward from `--root` or the working directory) and
 * the root (`--root`, else the config file's folder, else the working
 * directory), reads the config, and checks every given path exists inside
 * the root. Every mistake is a {@link UsageError} (exit 2) whose
 * message names the place: `fordela.config.yaml:3:5: …`.
 */
export async function resolveLintSetup(
  paths: readonly string[],
  options: LintOptions,
  cwd: string,
): Promise<LintSetup> {
  const flagLang = options.lang ?? 'sv'
  const givenRoot = options.root === undefined ? undefined : resolve(cwd, options.root)
  if (givenRoot !== undefined && !isDirectory(givenRoot)) {
    throw new UsageError(say(flagLang, messages.cli.noSuchRoot, { root: options.root ?? '' }))
  }
  const configFile = options.config === undefined ? findConfigFile(givenRoot ?? cwd) : resolve(cwd, options.config)
  const root = givenRoot ?? (configFile === undefined ? cwd : dirname(configFile))
  const config = configFile === undefined ? emptyConfig : await loadConfig(configFile, root, cwd, flagLang)
  const lang = options.lang ?? config.lang ?? 'sv'
  const absolutePaths = paths.map((path) => checkPath(path, root, cwd, lang))
  const maxWarnings = options.maxWarnings ?? config.maxWarnings
  const baselineFile = chooseBaseline(options.baseline, root, cwd, lang)
  const baselineWriteFile = chooseBaselineWrite(options.baselineWrite, root, cwd)
  return {
    root,
    config,
    lang,
    ...(absolutePaths.length > 0 ? { paths: absolutePaths } : {}),
    ignore: compileIgnore(config),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(baselineFile !== undefined ? { baselineFile } : {}),
    ...(baselineWriteFile !== undefined ? { baselineWriteFile } : {}),
  }
}

/**
 * Reads the config file (a regular file inside the workspace, links
 * followed; a link out is refused unread), turning its problems into one
 * usage error listing them all with positions.
 */
async function loadConfig(file: string, root: string, cwd: string, lang: Language): Promise<LintConfig> {
  const shown = relative(cwd, file) || file
  const bytes = await readCliFile(root, file)
  if (!bytes.ok) {
    const words = describeFileError(bytes.reason)
    throw new UsageError(say(lang, messages.cli.cannotReadConfig, { file: shown, reason: words[lang] }))
  }
  const read = readConfigFile(bytes.bytes, file)
  if (read.problems.length === 0) return read.config
  const index = createLineIndex(read.text)
  const lines = read.problems.map((problem) => {
    const { line, column } = index.locate(problem.span[0])
    return `  ${shown}:${line}:${column}: ${showControlCharacters(problem.message[lang])}`
  })
  throw new UsageError(`${say(lang, messages.cli.configInvalid)}\n${lines.join('\n')}`)
}

/** A given path made absolute; it must exist and lie inside the root. */
function checkPath(path: string, root: string, cwd: string, lang: Language): string {
  const absolute = resolve(cwd, path)
  const fromRoot = relative(root, absolute)
  if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
    throw new UsageError(say(lang, messages.cli.outsideWorkspace, { path, root }))
  }
  if (!existsSync(absolute)) throw new UsageError(say(lang, messages.cli.noSuchFileOrFolder, { path }))
  return absolute
}

/** The baseline file to apply: the one named, the default one if asked or if it exists, or none. */
function chooseBaseline(
  option: string | boolean | undefined,
  root: string,
  cwd: string,
  lang: Language,
): string | undefined {
  if (option === false) return undefined
  const file = typeof option === 'string' ? resolve(cwd, option) : resolve(root, defaultBaselineName)
  if (existsSync(file)) return file
  if (option === undefined) return undefined
  throw new UsageError(say(lang, messages.cli.noSuchBaseline, { file: relative(cwd, file) }))
}

/** Where `--baseline-write` writes: the file named, or the default file at the root. */
function chooseBaselineWrite(option: string | true | undefined, root: string, cwd: string): string | undefined {
  if (option === undefined) return undefined
  return option === true ? resolve(root, defaultBaselineName) : resolve(cwd, option)
}

/** The walk's filter: ignored by a pattern, or a YAML file no `include` pattern matches. */
function compileIgnore(config: LintConfig): (workspacePath: string) => boolean {
  const ignored = config.ignore.map(compileGlob)
  const included = config.include?.map(compileGlob)
  return (path) =>
    ignored.some((matches) => matches(path)) ||
    (included !== undefined && /\.ya?ml$/i.test(path) && !included.some((matches) => matches(path)))
}

/** Whether a path is an existing folder. */
function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}
