import { lstatSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { errorCode, outsideWorkspaceCode, resolveWorkspaceFile } from '@fordela/parser'
import { syncWorkspaceHost } from '../lint/sync-workspace-host.js'

/** A file the CLI may use, at its real place; or why not, as a code `describeFileError` puts in words. */
export type CliFile = { readonly ok: true; readonly realPath: string } | { readonly ok: false; readonly reason: string }

/**
 * Resolves a file the CLI reads (the config, the baseline, a committed
 * memo) with the parser's one gate, `resolveWorkspaceFile`: links followed,
 * a regular file, inside the boundary. The boundary is the workspace `root`
 * when the path lies in it by its text; a path named on the command line
 * outside the workspace (`--sarif-file $RUNNER_TEMP/…`) is the operator's
 * choice, and must then stay in its own folder. So a committed link that
 * leads out of the workspace is refused without being read, and a named
 * pipe never blocks.
 */
export async function resolveCliFile(root: string, absPath: string): Promise<CliFile> {
  const boundary = isWithin(root, absPath) ? root : dirname(absPath)
  let realBoundary: string
  try {
    realBoundary = realpathSync.native(boundary)
  } catch (error) {
    return { ok: false, reason: errorCode(error) }
  }
  const inside = relative(boundary, absPath).split(sep).join('/')
  const resolved = await resolveWorkspaceFile(syncWorkspaceHost, realBoundary, inside)
  if (resolved.type === 'outside') return { ok: false, reason: outsideWorkspaceCode }
  if (resolved.type === 'missing') return { ok: false, reason: resolved.reason }
  return { ok: true, realPath: resolved.absPath }
}

/** The text of a file the CLI reads, through {@link resolveCliFile}; or why it cannot be read. */
export async function readCliFile(
  root: string,
  absPath: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  const file = await resolveCliFile(root, absPath)
  if (!file.ok) return file
  try {
    return { ok: true, bytes: await syncWorkspaceHost.readFile(file.realPath) }
  } catch (error) {
    return { ok: false, reason: errorCode(error) }
  }
}

/**
 * Where to write a file the CLI overwrites (`-o`, the baseline, fixed
 * specs): a path that does not exist yet is written in its folder, which
 * must lie inside the boundary with links followed; one that exists is
 * resolved as {@link resolveCliFile} resolves a read, so a device
 * (`/dev/null`), a pipe, a folder or a link out of the workspace is
 * refused rather than replaced. The real path is returned: a link inside
 * the workspace is written through, not replaced.
 */
export async function resolveWriteTarget(root: string, absPath: string): Promise<CliFile> {
  if (exists(absPath)) return resolveCliFile(root, absPath)
  const boundary = isWithin(root, absPath) ? root : dirname(absPath)
  try {
    const realFolder = realpathSync.native(dirname(absPath))
    if (!isWithin(realpathSync.native(boundary), realFolder)) return { ok: false, reason: outsideWorkspaceCode }
    return { ok: true, realPath: join(realFolder, basename(absPath)) }
  } catch (error) {
    return { ok: false, reason: errorCode(error) }
  }
}

/** Whether something (a file, a link, even a broken one) is at the path. */
function exists(absPath: string): boolean {
  try {
    lstatSync(absPath)
    return true
  } catch (error) {
    // Anything but "no such file" (a loop, a path through a file) is for the resolution to report.
    return errorCode(error) !== 'ENOENT'
  }
}

/** Whether `path` is `folder` or lies below it, by text. */
function isWithin(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path)
  return fromFolder === '' || (fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder))
}
