import { availableParallelism, cpus, totalmem } from 'node:os'

/**
 * The facts a benchmark result is meaningless without: cores, CPU model,
 * memory, Node version and the date of the run.
 */
export function describeMachine() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().slice(0, 10),
  }
}
