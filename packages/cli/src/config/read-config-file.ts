import { decodeSpecText, loadYaml } from '@fordela/parser'
import type { ConfigProblem, LintConfig } from './lint-config.js'
import { validateConfig } from './validate-config.js'

/** A read config file: its settings, its problems and its text (for positions). */
export interface ReadConfig {
  readonly config: LintConfig
  readonly problems: readonly ConfigProblem[]
  readonly text: string
}

/**
 * Validates the bytes of a config file. YAML errors become problems like
 * any other; a file of only comments is an empty config. The caller reads
 * the file (through `readCliFile`, so never through a link out of the
 * workspace).
 */
export function readConfigFile(bytes: Uint8Array, path: string): ReadConfig {
  const decoded = decodeSpecText(bytes, path)
  const text = decoded.text ?? ''
  const loaded = decoded.text === undefined ? { root: undefined, diagnostics: [] } : loadYaml(text, path)
  const yamlProblems = [...decoded.diagnostics, ...loaded.diagnostics]
    .filter((diagnostic) => diagnostic.code !== 'syntax/empty-document' && diagnostic.severity === 'error')
    .map((diagnostic) => ({ span: diagnostic.span, message: diagnostic.message }))
  const { config, problems } = validateConfig(yamlProblems.length > 0 ? undefined : loaded.root)
  return { config, problems: [...yamlProblems, ...problems], text }
}
