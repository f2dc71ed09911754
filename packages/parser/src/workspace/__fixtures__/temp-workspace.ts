import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { nodeWorkspaceHost } from '../node-workspace-host.js'
import type { WorkspaceHost } from '../workspace-host.js'

/** A file system call the loader made. */
export interface HostCall {
  readonly method: keyof WorkspaceHost
  readonly path: string
}

/** Node's host, recording every call so a test can prove what was and was not read. */
export function createRecordingHost(): { host: WorkspaceHost; calls: HostCall[]; readFiles: () => string[] } {
  const calls: HostCall[] = []
  const record =
    <A extends unknown[], R>(method: keyof WorkspaceHost, run: (p: string, ...rest: A) => Promise<R>) =>
    (p: string, ...rest: A): Promise<R> => {
      calls.push({ method, path: p })
      return run(p, ...rest)
    }
  const host: WorkspaceHost = {
    readFile: record('readFile', (p) => nodeWorkspaceHost.readFile(p)),
    readDir: record('readDir', (p) => nodeWorkspaceHost.readDir(p)),
    realPath: record('realPath', (p) => nodeWorkspaceHost.realPath(p)),
    fileSize: record('fileSize', (p) => nodeWorkspaceHost.fileSize(p)),
  }
  return { host, calls, readFiles: () => calls.filter((c) => c.method === 'readFile').map((c) => c.path) }
}

/** A fresh folder under the system's temp folder (its real path) and a way to remove it. */
export async function createTempFolder(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await realpath(await mkdtemp(path.join(tmpdir(), 'fordela-ws-')))
  return { root, remove: () => rm(root, { recursive: true, force: true }) }
}

/** Writes `files` (workspace path → content) under `root`, creating folders. */
export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
}

/** Creates a symbolic link at workspace path `link` pointing to `target` (absolute or relative). */
export async function writeSymlink(root: string, link: string, target: string): Promise<void> {
  const at = path.join(root, ...link.split('/'))
  await mkdir(path.dirname(at), { recursive: true })
  await symlink(target, at)
}
