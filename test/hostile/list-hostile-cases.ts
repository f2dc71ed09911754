import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder that holds one folder per hostile case. */
export const fixturesFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** One hostile input: files (committed, generated or both) and what fordela must say about them. */
export interface HostileCase {
  readonly name: string
  /** `fixtures/<name>/workspace`, when the case has committed files. */
  readonly workspace?: string
  /** The expected findings, each `severity code file:line:column`, in the workspace's order. */
  readonly expected: readonly string[]
  /** Workspace paths to lint instead of the whole tree (a walk skips files that are no spec). */
  readonly lint?: readonly string[]
}

/**
 * Reads every case under `fixtures/`. `expected.txt` lists the findings one
 * a line; `#` lines explain where each position comes from, and a line
 * `lint: a.yaml b.yaml` names the files to lint as a user would name them.
 */
export function listHostileCases(): HostileCase[] {
  return readdirSync(fixturesFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readHostileCase(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
}

function readHostileCase(name: string): HostileCase {
  const folder = path.join(fixturesFolder, name)
  const lines = readFileSync(path.join(folder, 'expected.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const lintLine = lines.find((line) => line.startsWith('lint:'))
  const workspace = path.join(folder, 'workspace')
  return {
    name,
    ...(existsSync(workspace) ? { workspace } : {}),
    expected: lines.filter((line) => line !== lintLine),
    ...(lintLine ? { lint: lintLine.slice('lint:'.length).trim().split(/\s+/u) } : {}),
  }
}
