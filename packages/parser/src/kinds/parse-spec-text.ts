import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { SpecDocument } from '../model/documents.js'
import { validateDocument } from '../schema/validate-document.js'
import type { YamlLimits } from '../yaml/limits.js'
import { loadYaml } from '../yaml/load-yaml.js'
import { findDeceptiveCharacters } from '../text/find-deceptive-characters.js'
import { buildDocument } from './build-document.js'
import { findLiteralErrors } from './find-literal-errors.js'
import { detectHeader } from './detect-header.js'
import type { SpecDefaults } from './build-context.js'
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js'

/** One spec file read: its typed document when it has no errors, and every diagnostic found. */
export interface ParsedSpec {
  readonly document?: SpecDocument
  readonly diagnostics: Diagnostic[]
}

/**
 * Reads one fördelningsspec file: YAML (`yaml/…`, `syntax/…`), then the
 * header that names its kind, then the kind's JSON Schema (`schema/…`),
 * then amounts, shares and ids (`literal/…`, `schema/duplicate-id`). Each
 * stage runs while the one before has left something to check, so one run
 * reports as much as can be known (amount and share literals are checked
 * even when the schema has errors); the document is returned only when no
 * stage found an error. Never throws for any text.
 *
 * @param text the file's text (spans are UTF-16 offsets into it)
 * @param file the workspace-relative POSIX path diagnostics name
 * @param limits overrides of the YAML reading limits
 */
export function parseSpecText(
  text: string,
  file: string,
  limits?: Partial<YamlLimits>,
  defaults: SpecDefaults = {},
): ParsedSpec {
  const loaded = loadYaml(text, file, limits)
  const { root } = loaded
  const diagnostics = [...loaded.diagnostics, ...findDeceptiveCharacters(root, text, file)]
  // An empty file or a top level that is not a mapping is already a `syntax/…` diagnostic.
  if (root?.type !== 'map') return { diagnostics }
  const header = detectHeader(root, file)
  if (!header.kind) return { diagnostics: sortDiagnostics([...diagnostics, ...header.diagnostics]) }
  diagnostics.push(...validateDocument(header.kind, root, file))
  if (diagnostics.some(isError)) {
    // The builder needs a valid shape; the literals that can be read are still checked, so one run says everything.
    return {
      diagnostics: sortDiagnostics([...diagnostics, ...findLiteralErrors(header.kind, root, file, diagnostics)]),
    }
  }
  const built = buildDocument(header.kind, root, file, defaults)
  const all = sortDiagnostics([...diagnostics, ...built.diagnostics])
  return built.document ? { document: built.document, diagnostics: all } : { diagnostics: all }
}

/**
 * Whether `text` looks like a fördelningsspec file: it has a top-level
 * `apiVersion: fordela/…` line. Cheap enough to run on every YAML file of a
 * workspace, so that other YAML (CI workflows, configs) is skipped unread.
 */
export function looksLikeSpec(text: string): boolean {
  return /^\uFEFF?apiVersion[ \t]*:[ \t]*["']?fordela\//m.test(text)
}

function isError(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error'
}
