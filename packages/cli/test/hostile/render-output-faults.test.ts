import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import {
  binPath,
  cliNode,
  copyFixture,
  removeWorkspaces,
  requireBuiltCli,
  runCli,
  testCacheEnv,
} from '../helpers/run-cli.js'
import { spawnCli } from './spawn-cli.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const simulateFullDisk = path.join(here, 'simulate-full-disk.mjs')
const pauseMidWrite = path.join(here, 'pause-mid-write.mjs')
const busyMidRun = path.join(here, 'busy-mid-run.mjs')
const render = ['render', 'specs/fordelning.yaml', '-o', 'out/memo.md']
const oldMemo = '# Förra årets beslutsunderlag\n\nSka finnas kvar, helt.\n'

let root = ''
let newMemo = ''
beforeAll(async () => {
  requireBuiltCli()
  // What a successful run writes, for comparison.
  const clean = copyFixture('clean')
  const result = await runCli(['render', 'specs/fordelning.yaml'], clean)
  expect(result.code).toBe(0)
  newMemo = result.stdout
})
beforeEach(() => {
  root = copyFixture('clean')
  mkdirSync(path.join(root, 'out'))
  writeFileSync(path.join(root, 'out/memo.md'), oldMemo)
})
afterEach(removeWorkspaces)

/** The files in out/: the memo and nothing else, unless a temporary file was left behind. */
const listOut = () => readdirSync(path.join(root, 'out')).sort()
const readMemo = () => readFileSync(path.join(root, 'out/memo.md'), 'utf8')

/** Waits until `file` exists, polling every 20 ms for up to 20 s. */
async function waitFor(file: string): Promise<void> {
  for (let waited = 0; !existsSync(file); waited += 20) {
    if (waited > 20_000) throw new Error(`${file} never appeared`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('fordela render -o when writing fails', () => {
  test('a read-only folder: exit 2 with one line naming the file, the old memo intact, no temporary file', async () => {
    // Root ignores permissions, so as root the run is made as nobody (65534), who must be able to read the workspace.
    const asRoot = process.getuid?.() === 0
    if (asRoot) for (const folder of [root, path.join(root, 'specs')]) chmodSync(folder, 0o755)
    chmodSync(path.join(root, 'out'), 0o555)
    const { finished } = spawnCli(render, { cwd: root, ...(asRoot ? { user: { uid: 65534, gid: 65534 } } : {}) })
    const result = await finished
    chmodSync(path.join(root, 'out'), 0o755)
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 2,
      stderr: 'fordela: out/memo.md: kan inte skriva filen: behörighet saknas.\n',
    })
    expect(readMemo()).toBe(oldMemo)
    expect(listOut()).toEqual(['memo.md'])
  })

  test('a full disk (ENOSPC half-way through the write): exit 2, the old memo intact, no temporary file', async () => {
    const result = await spawnCli(render, { cwd: root, preload: [simulateFullDisk] }).finished
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 2,
      stderr: 'fordela: out/memo.md: kan inte skriva filen: disken är full.\n',
    })
    expect(readMemo()).toBe(oldMemo)
    expect(listOut()).toEqual(['memo.md'])
  })

  test('without a fault the new memo replaces the old one whole', async () => {
    const result = await runCli(render, root)
    expect(result.code).toBe(0)
    expect(readMemo()).toBe(newMemo)
    expect(listOut()).toEqual(['memo.md'])
  })
})

describe('fordela render -o killed half-way through writing', () => {
  /** Starts a render that stops half-way through its temporary file, and sends `signal` then. */
  async function killMidWrite(signal: NodeJS.Signals) {
    const marker = path.join(root, 'writing')
    const { child, finished } = spawnCli(render, {
      cwd: root,
      preload: [pauseMidWrite],
      env: { FORDELA_TEST_MARKER: marker },
    })
    await waitFor(marker)
    child.kill(signal)
    return finished
  }

  test('SIGKILL: the old memo stays intact, whole, and the next run writes the new one whole', async () => {
    expect((await killMidWrite('SIGKILL')).signal).toBe('SIGKILL')
    expect(readMemo()).toBe(oldMemo)
    expect((await runCli(render, root)).code).toBe(0)
    expect(readMemo()).toBe(newMemo)
  })

  test('SIGKILL: the next run removes the temporary file the killed one left', async () => {
    await killMidWrite('SIGKILL')
    expect((await runCli(render, root)).code).toBe(0)
    expect(listOut()).toEqual(['memo.md'])
  })

  test.each(['SIGTERM', 'SIGINT'] as const)('%s: the old memo intact or the new one whole', async (signal) => {
    await killMidWrite(signal)
    expect([oldMemo, newMemo]).toContain(readMemo())
  })

  test.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: the run finishes its write first, so no temporary file is left behind',
    async (signal) => {
      await killMidWrite(signal)
      expect(listOut()).toEqual(['memo.md'])
    },
  )
})

describe('fordela render -o stopped while busy, before it writes', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s ends the run at once (the shell reports %i), with the old memo intact and no temporary file',
    async (signal, status) => {
      // Run through a shell, as CI does, so that the status is the one a workflow sees; the run blocks for 20 s
      // in its walk (busy-mid-run.mjs), and the signal must end it there rather than after.
      const marker = path.join(root, 'busy')
      const command = `"${cliNode}" --import "${busyMidRun}" "${binPath}" ${render.join(' ')}; echo "status=$?"`
      const shell = spawn('sh', ['-c', command], {
        cwd: root,
        env: { ...process.env, ...testCacheEnv(), FORDELA_TEST_MARKER: marker },
      })
      let stdout = ''
      shell.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
      const closed = new Promise<void>((resolve) => shell.on('close', () => resolve()))
      await waitFor(marker)
      process.kill(Number(readFileSync(marker, 'utf8')), signal)
      await closed
      // It never got past the block: the signal ended it there, not after 20 s.
      expect(existsSync(`${marker}.woke`)).toBe(false)
      expect(stdout).toBe(`status=${status}\n`)
      expect(readMemo()).toBe(oldMemo)
      expect(listOut()).toEqual(['memo.md'])
    },
  )
})
