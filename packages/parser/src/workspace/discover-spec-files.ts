import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { mapWithConcurrency } from './map-with-concurrency.js'
import { errorCode } from './probe-workspace-path.js'
import type { WorkspaceEntry, WorkspaceHost } from './workspace-host.js'
import { toAbsolutePath } from './workspace-paths.js'
import { compareCodeUnits } from '../compare-code-units.js'

/** How many directories are listed at once. */
const PARALLEL_LISTINGS = 16

/**
 * Lists every `*.yaml`/`*.yml` file under the real root, as sorted
 * workspace paths. Skips `node_modules`, folders whose name starts with a
 * dot and whatever `ignore` rejects. Symbolic links are never followed: one
 * that stays inside the root leads to a file found at its own place anyway,
 * and one that leaves it must not be read.
 */
export async function discoverSpecFiles(
  host: WorkspaceHost,
  realRoot: string,
  ignore: (workspacePath: string) => boolean = () => false,
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = []
  const diagnostics: Diagnostic[] = []
  let level = ['']
  while (level.length > 0) {
    const listings = await mapWithConcurrency(level, PARALLEL_LISTINGS, (folder) => listFolder(host, realRoot, folder))
    const next: string[] = []
    listings.forEach((listing, index) => {
      const folder = level[index] ?? ''
      if (!listing.ok) {
        const args = { path: folder === '' ? '.' : folder, reason: listing.reason }
        diagnostics.push(createDiagnostic('ref/file-unreadable', args, { file: args.path, span: [0, 0] }))
        return
      }
      for (const entry of listing.entries) {
        const entryPath = folder === '' ? entry.name : `${folder}/${entry.name}`
        if (entry.type === 'directory' && isWalkedFolder(entry.name) && !ignore(entryPath)) next.push(entryPath)
        if (entry.type === 'file' && /\.ya?ml$/iu.test(entry.name) && !ignore(entryPath)) files.push(entryPath)
      }
    })
    level = next
  }
  return { files: files.sort(compareCodeUnits), diagnostics }
}

/** Whether a folder is part of the workspace: not installed packages, not hidden tool folders. */
function isWalkedFolder(name: string): boolean {
  return name !== 'node_modules' && !name.startsWith('.')
}

async function listFolder(
  host: WorkspaceHost,
  realRoot: string,
  folder: string,
): Promise<{ ok: true; entries: WorkspaceEntry[] } | { ok: false; reason: string }> {
  try {
    return { ok: true, entries: await host.readDir(toAbsolutePath(realRoot, folder)) }
  } catch (error) {
    return { ok: false, reason: errorCode(error) }
  }
}
