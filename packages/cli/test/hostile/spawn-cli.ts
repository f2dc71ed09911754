import { spawn, type ChildProcess } from 'node:child_process'
import { binPath, cliNode, testCacheEnv } from '../helpers/run-cli.js'

/** How a test runs the built CLI: preloaded modules, another user, extra environment. */
export interface SpawnOptions {
  readonly cwd: string
  /** Module files to load first (`node --import`), e.g. a simulated fault. */
  readonly preload?: readonly string[]
  /** Run as this user and group (the test must run as root to ask for it). */
  readonly user?: { readonly uid: number; readonly gid: number }
  readonly env?: Readonly<Record<string, string>>
}

/** A finished run: exit code or signal, and what it printed. */
export interface SpawnedRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Starts `node [--import …] bin/fordela.js …args` (code cache as in runCli); `finished` resolves when it exits. */
export function spawnCli(
  args: readonly string[],
  options: SpawnOptions,
): { child: ChildProcess; finished: Promise<SpawnedRun> } {
  const preload = (options.preload ?? []).flatMap((file) => ['--import', file])
  const child = spawn(cliNode, [...preload, binPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...testCacheEnv(), ...options.env },
    ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const finished = new Promise<SpawnedRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
  return { child, finished }
}
