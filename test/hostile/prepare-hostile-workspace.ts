import { cp, mkdir, mkdtemp, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hostileGenerators } from './generate-hostile-files.js'
import type { HostileCase } from './list-hostile-cases.js'

/** A hostile case laid out on disk: the workspace and, beside it, a folder it must never read. */
export interface HostileWorkspace {
  /** The workspace root (a real path). */
  readonly root: string
  /** A sibling of the root, reachable only by climbing out of it. */
  readonly outside: string
  remove(): Promise<void>
}

/**
 * Copies a case's committed files into `<tmp>/workspace` and writes its
 * generated ones, so every case (symbolic links and large files included)
 * is read from a real file system, as `fordela lint` reads it.
 */
export async function prepareHostileWorkspace(hostile: HostileCase): Promise<HostileWorkspace> {
  const parent = await realpath(await mkdtemp(path.join(tmpdir(), 'fordela-hostile-')))
  const root = path.join(parent, 'workspace')
  const outside = path.join(parent, 'outside')
  await mkdir(outside, { recursive: true })
  if (hostile.workspace) await cp(hostile.workspace, root, { recursive: true })
  else await mkdir(root)
  await hostileGenerators[hostile.name]?.(root, outside)
  return { root, outside, remove: () => rm(parent, { recursive: true, force: true }) }
}
