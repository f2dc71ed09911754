import type { CliIo } from './cli-io.js'

/** The real process's streams, environment and working directory. */
export function nodeCliIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    writeOut: (text) => void process.stdout.write(text),
    writeErr: (text) => void process.stderr.write(text),
  }
}
