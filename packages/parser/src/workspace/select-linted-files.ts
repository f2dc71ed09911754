import { isAbsolute, relative as relativePath } from 'pathe'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { PathProber } from './probe-workspace-path.js'
import { resolveLexically } from './workspace-paths.js'

/** The files a restricted run starts from. */
export interface LintedFiles {
  /** Found by walking a folder that was given: kept only if they look like specs. */
  readonly walked: readonly string[]
  /** Given by name: parsed whatever they hold. */
  readonly named: readonly string[]
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Turns the paths a caller gives (absolute, or relative to the root; files
 * or folders) into workspace files. A folder selects the discovered files
 * under it; a file is taken by name even where the walk does not look
 * (a dot-folder); a path outside the root is reported and not read.
 */
export async function selectLintedFiles(
  root: string,
  paths: readonly string[],
  discovered: readonly string[],
  probe: PathProber,
): Promise<LintedFiles> {
  const walked = new Set<string>()
  const named = new Set<string>()
  const diagnostics: Diagnostic[] = []
  for (const given of paths) {
    // pathe gives forward slashes on every platform, so the lexical check sees one kind of separator.
    const relative = isAbsolute(given) ? relativePath(root, given) : given
    const lexical = resolveLexically('.', relative)
    const at = { file: given, span: [0, 0] as const }
    if (lexical.type === 'outside') {
      diagnostics.push(createDiagnostic('ref/outside-workspace', { ref: given }, at))
      continue
    }
    const wanted = lexical.path
    if (discovered.includes(wanted)) {
      named.add(wanted)
      continue
    }
    const under = discovered.filter((file) => wanted === '' || file.startsWith(`${wanted}/`))
    if (under.length > 0) {
      for (const file of under) walked.add(file)
      continue
    }
    const probed = await probe(wanted)
    if (probed.type === 'file') named.add(probed.path)
    else if (probed.type === 'outside') diagnostics.push(createDiagnostic('ref/outside-workspace', { ref: given }, at))
    else diagnostics.push(createDiagnostic('ref/file-unreadable', { path: given, reason: probed.reason }, at))
  }
  return { walked: [...walked].filter((file) => !named.has(file)), named: [...named], diagnostics }
}
