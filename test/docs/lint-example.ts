import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { evaluateWorkspace } from '../../packages/engine/src/index.js'
import { createLineIndex, loadWorkspace } from '../../packages/parser/src/index.js'
import { run } from '../../packages/cli/src/run.js'
import type { ExampleFile } from './find-doc-examples.js'
import { nodeWorkspaceHost } from '../../packages/parser/src/node.js'

/** One finding of an example, reduced to what the docs' tests assert. */
export interface ExampleFinding {
  readonly rule: string
  readonly severity: string
  readonly file: string
  readonly line: number
}

/** What to put in an example's folder. */
export interface ExampleWorkspace {
  readonly files: readonly ExampleFile[]
  /** A folder to copy in first (docs/rules/_base). */
  readonly baseFolder?: string
  /** Files to write first (a page's base blocks). */
  readonly baseFiles?: readonly ExampleFile[]
  /** Files to lint by name, as `fordela lint <file>…` does; absent for the whole folder. */
  readonly named?: readonly string[]
}

/**
 * Writes an example to a fresh temp folder — base first, then its own
 * files, which win — and lints it as `fordela lint` would, with the
 * libraries (`loadWorkspace` + `evaluateWorkspace`), or, with `viaCli`, with
 * the command line itself (needed for rules only the CLI reports, such as
 * the suppression comments). The folder is deleted afterwards.
 */
export async function lintExample(workspace: ExampleWorkspace, viaCli: boolean): Promise<ExampleFinding[]> {
  const root = mkdtempSync(join(tmpdir(), 'fordela-docs-'))
  try {
    // A repository root of its own, so the CLI looks for no config above it.
    mkdirSync(join(root, '.git'))
    if (workspace.baseFolder) cpSync(workspace.baseFolder, root, { recursive: true })
    for (const file of [...(workspace.baseFiles ?? []), ...workspace.files]) writeExampleFile(root, file)
    const named = workspace.named ?? []
    return viaCli ? await lintWithCli(root, named) : await lintWithLibraries(root, named)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function writeExampleFile(root: string, file: ExampleFile): void {
  const path = join(root, file.path)
  mkdirSync(dirname(path), { recursive: true })
  if (file.encoding === 'utf-16le')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file.content, 'utf16le')]))
  else writeFileSync(path, file.content, 'utf8')
}

async function lintWithLibraries(root: string, named: readonly string[]): Promise<ExampleFinding[]> {
  const workspace = await loadWorkspace({
    host: nodeWorkspaceHost,
    root,
    ...(named.length > 0 ? { paths: named } : {}),
  })
  const { diagnostics } = evaluateWorkspace(workspace)
  return diagnostics.map((diagnostic) => {
    const text = workspace.texts.get(diagnostic.file)
    const line = text === undefined ? 1 : createLineIndex(text).locate(diagnostic.span[0]).line
    return { rule: diagnostic.code, severity: diagnostic.severity, file: diagnostic.file, line }
  })
}

/** The findings of `fordela lint --format json` run in the example's folder. */
async function lintWithCli(root: string, named: readonly string[]): Promise<ExampleFinding[]> {
  let stdout = ''
  let stderr = ''
  const io = {
    cwd: root,
    env: {},
    stdoutIsTTY: false,
    writeOut: (text: string) => {
      stdout += text
    },
    writeErr: (text: string) => {
      stderr += text
    },
  }
  const code = await run(['lint', ...named, '--format', 'json', '--lang', 'en'], io)
  if (code === 2) throw new Error(`fordela lint failed in the example's folder: ${stderr}`)
  const report = JSON.parse(stdout) as {
    files: { diagnostics: { rule: string; severity: string; file: string; line: number }[] }[]
  }
  return report.files.flatMap((file) =>
    file.diagnostics.map(({ rule, severity, file: path, line }) => ({ rule, severity, file: path, line })),
  )
}
