import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { looksLikeSpec, parseSpecText } from '../kinds/parse-spec-text.js'
import type { SpecDocument } from '../model/documents.js'
import { decodeSpecText } from '../yaml/decode-spec-text.js'
import type { YamlLimits } from '../yaml/limits.js'
import { errorCode, resolveWorkspaceFile } from './resolve-workspace-file.js'
import type { WorkspaceHost } from './workspace-host.js'
import type { SpecDefaults } from '../kinds/build-context.js'
import type { ParseCache } from './parse-cache.js'

/** One YAML file of the workspace as loaded. */
export interface LoadedSpecFile {
  readonly path: string
  /**
   * The decoded text, when the file could be read and decoded; for a file
   * refused as text (a NUL byte, Latin-1), its bytes decoded leniently, only
   * so that findings can be placed and shown — it is never parsed.
   */
  readonly text?: string
  /** The document, when the text parsed into one. */
  readonly document?: SpecDocument
  readonly diagnostics: readonly Diagnostic[]
  /** False for a YAML file that is no fördelningsspec document (it is then left out). */
  readonly isSpec: boolean
}

/**
 * Loads and parses one workspace file. It is resolved with
 * {@link resolveWorkspaceFile} first: inside the root, a regular file, and
 * within the size limit, or it is not opened (a huge file costs one `stat`). A file found by walking the tree
 * is kept only if it looks like a spec; one that is `named` (given to the
 * loader or referenced by path) is parsed whatever it holds, so its
 * problems are reported.
 */
export async function loadSpecFile(
  host: WorkspaceHost,
  realRoot: string,
  path: string,
  limits: YamlLimits,
  named: boolean,
  defaults: SpecDefaults = {},
  cache?: ParseCache,
): Promise<LoadedSpecFile> {
  const at = { file: path, span: [0, 0] as const }
  const resolved = await resolveWorkspaceFile(host, realRoot, path)
  if (resolved.type === 'outside')
    return { path, diagnostics: [createDiagnostic('ref/outside-workspace', { ref: path }, at)], isSpec: true }
  if (resolved.type === 'missing') {
    return {
      path,
      diagnostics: [createDiagnostic('ref/file-unreadable', { path, reason: resolved.reason }, at)],
      isSpec: true,
    }
  }
  if (resolved.size > limits.maxFileBytes) {
    // The same refusal decodeSpecText would give, without reading the file to get there.
    const args = { size: resolved.size, limit: limits.maxFileBytes }
    return { path, diagnostics: [createDiagnostic('syntax/file-too-large', args, at)], isSpec: true }
  }
  let bytes: Uint8Array
  try {
    bytes = await host.readFile(resolved.absPath)
  } catch (error) {
    return {
      path,
      diagnostics: [createDiagnostic('ref/file-unreadable', { path, reason: errorCode(error) }, at)],
      isSpec: true,
    }
  }
  return parseSpecBytes(path, bytes, limits, named, defaults, cache)
}

/**
 * Decodes and parses the bytes of one workspace file (read by
 * {@link loadSpecFile}, or an editor's text): the same checks and the same
 * parse whoever read them. A file that is not `named` is kept only if it
 * looks like a spec.
 */
export function parseSpecBytes(
  path: string,
  bytes: Uint8Array,
  limits: YamlLimits,
  named: boolean,
  defaults: SpecDefaults = {},
  cache?: ParseCache,
): LoadedSpecFile {
  const decoded = decodeSpecText(bytes, path, limits)
  if (decoded.text === undefined)
    return { path, text: new TextDecoder('utf-8').decode(bytes), diagnostics: decoded.diagnostics, isSpec: true }
  if (!named && !looksLikeSpec(decoded.text)) return { path, diagnostics: [], isSpec: false }
  const key = cache ? JSON.stringify([limits, defaults]) : ''
  const cached = cache?.get(path, decoded.text, key)
  if (cached) return cached
  const parsed = parseSpecText(decoded.text, path, limits, defaults)
  const loaded: LoadedSpecFile = {
    path,
    text: decoded.text,
    ...(parsed.document ? { document: parsed.document } : {}),
    diagnostics: [...decoded.diagnostics, ...parsed.diagnostics],
    isSpec: true,
  }
  cache?.set(path, decoded.text, key, loaded)
  return loaded
}
