import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateWorkspace, type WorkspaceEvaluation } from '@fordela/engine'
import { loadWorkspace, type Workspace } from '@fordela/parser'
import { nodeWorkspaceHost } from '@fordela/parser/node'

/** The repository's examples folder: the real 2025 documents as specs. */
export const examplesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples')

/** The examples loaded and evaluated, with a way to find a document by id. */
export interface LoadedExamples {
  readonly workspace: Workspace
  readonly evaluation: WorkspaceEvaluation
}

/** Loads and evaluates the examples folder. */
export async function loadExamples(): Promise<LoadedExamples> {
  const workspace = await loadWorkspace({ host: nodeWorkspaceHost, root: examplesRoot })
  return { workspace, evaluation: evaluateWorkspace(workspace) }
}

/** The same workspace with its documents in reverse order, to prove the output does not depend on it. */
export function reverseDocuments(workspace: Workspace): Workspace {
  return { ...workspace, documents: [...workspace.documents].reverse() }
}

/** The one value of a map whose key has this document id. */
export function byId<K extends { readonly id: { readonly value: string } }, V>(map: ReadonlyMap<K, V>, id: string): V {
  for (const [key, value] of map) if (key.id.value === id) return value
  throw new Error(`no document with id ${id}`)
}
