import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const gnuTime = '/usr/bin/time'
const coreutilsTimeout = ['/usr/bin/timeout', '/bin/timeout'].find((path) => existsSync(path))
const rssProbe = fileURLToPath(new URL('./report-max-rss.mjs', import.meta.url))

/**
 * How peak memory is read: GNU time's `%M` when /usr/bin/time exists,
 * otherwise a preload that writes `process.resourceUsage().maxRSS` at exit
 * (Node programs only).
 */
export const memoryMethod = existsSync(gnuTime)
  ? 'GNU time -f %M (max RSS)'
  : 'process.resourceUsage().maxRSS via --import'

/**
 * Runs `node <args>` once in `cwd` and returns its wall time (ms, measured
 * around the spawn), its CPU time (user + system, ms; NaN without GNU time),
 * its peak RSS (MB) and its exit status; `timedOut` when it ran past
 * `timeoutSeconds` and was killed. CPU time is less disturbed than wall time
 * when other work shares the machine.
 *
 * @param {{ args: string[], cwd: string, env?: Record<string, string> }} command
 * @param {number} timeoutSeconds
 */
export function runOnce({ args, cwd, env }, timeoutSeconds) {
  const scratch = mkdtempSync(join(tmpdir(), 'fordela-bench-'))
  const rssFile = join(scratch, 'rss')
  // coreutils timeout kills node itself; GNU time's max RSS covers its waited-for descendants.
  const node = coreutilsTimeout
    ? [coreutilsTimeout, '-s', 'KILL', String(timeoutSeconds), process.execPath]
    : [process.execPath]
  const [program, programArgs] = existsSync(gnuTime)
    ? [gnuTime, ['-f', '%M %U %S', '-o', rssFile, ...node, ...args]]
    : [node[0], [...node.slice(1), '--import', rssProbe, ...args]]
  const start = process.hrtime.bigint()
  const result = spawnSync(program, programArgs, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', BENCH_RSS_FILE: rssFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    ...(coreutilsTimeout ? {} : { timeout: timeoutSeconds * 1000 }),
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const [kb, user, system] = existsSync(rssFile)
    ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
    : []
  rmSync(scratch, { recursive: true, force: true })
  const cpuMs = user === undefined || system === undefined ? Number.NaN : (user + system) * 1000
  const timedOut = result.status === 137 || result.status === 124 || result.signal !== null
  return {
    ms,
    cpuMs,
    rssMb: (kb ?? Number.NaN) / 1024,
    status: result.status,
    timedOut,
    stdout: result.stdout.toString(),
    stderr: result.stderr.toString(),
  }
}

/** The median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Measures several commands `runs` times each, interleaved (A B C A B C …)
 * so that drift in the machine's speed spreads evenly over them, after one
 * unrecorded warm-up run each (it fills the file cache; every recorded run
 * is still a fresh process). A run whose exit status is not in the case's
 * `exits`, or that times out, ends the case's measuring with that failure.
 *
 * @param {{ id: string, args: string[], cwd: string, exits?: number[], env?: Record<string, string> }[]} cases
 * @param {{ runs: number, timeoutSeconds: number, warmUp?: boolean }} plan
 * @returns {Map<string, { ms: number, cpuMs: number, rssMb: number, runs: number, failure?: string, samples: number[] }>}
 */
export function measureInterleaved(cases, { runs, timeoutSeconds, warmUp = true }) {
  const samples = new Map(cases.map((entry) => [entry.id, { ms: [], cpu: [], rss: [], failure: undefined }]))
  for (let round = warmUp ? -1 : 0; round < runs; round += 1) {
    for (const entry of cases) {
      const record = samples.get(entry.id)
      if (record.failure !== undefined) continue
      const result = runOnce(entry, timeoutSeconds)
      if (result.timedOut) {
        record.failure = `timeout: killed after ${timeoutSeconds} s`
        continue
      }
      const exits = entry.exits ?? [0]
      if (!exits.includes(result.status ?? -1)) {
        record.failure = `exit ${result.status}: ${(result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' / ')}`
        continue
      }
      if (round >= 0) {
        record.ms.push(result.ms)
        record.cpu.push(result.cpuMs)
        record.rss.push(result.rssMb)
      }
    }
  }
  return new Map(
    [...samples].map(([id, record]) => [
      id,
      record.failure !== undefined
        ? {
            ms: Number.NaN,
            cpuMs: Number.NaN,
            rssMb: Number.NaN,
            runs: record.ms.length,
            failure: record.failure,
            samples: record.ms,
          }
        : {
            ms: median(record.ms),
            cpuMs: median(record.cpu),
            rssMb: median(record.rss),
            runs: record.ms.length,
            samples: record.ms,
          },
    ]),
  )
}
