import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createLineIndex, loadWorkspace, type SourceRange, type Workspace } from '@fordela/parser'
import { onTestFinished } from 'vitest'
import { nodeWorkspaceHost } from '@fordela/parser/node'

/**
 * Writes `files` (workspace path → text) into a fresh temporary folder and
 * loads it as a workspace; the folder is removed when the test finishes.
 * Call it inside a test.
 */
export async function loadInlineWorkspace(files: Readonly<Record<string, string>>): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'fordela-test-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return loadWorkspace({ host: nodeWorkspaceHost, root })
}

/** Writes a range of a workspace file as `file line:col-line:col` (1-based, end exclusive). */
export function describeRange(workspace: Workspace, at: SourceRange): string {
  const lines = createLineIndex(workspace.texts.get(at.file) ?? '')
  const start = lines.locate(at.span[0])
  const end = lines.locate(at.span[1])
  return `${at.file} ${start.line}:${start.column}-${end.line}:${end.column}`
}
