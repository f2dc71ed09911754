import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** One call the action made to gh: its arguments and what it sent on standard input. */
export interface GhCall {
  readonly args: readonly string[]
  readonly stdin: string
}

/** A stand-in for GitHub's `gh` command line, installed into a folder the test puts first on PATH. */
export interface FakeGh {
  /** The folder to put first on PATH. */
  readonly binDir: string
  /** The calls made so far, in order. */
  readonly calls: () => GhCall[]
}

/**
 * Writes an executable `gh` into `dir/bin` that records each call to
 * `dir/gh-calls.jsonl` and answers as GitHub's API would: the comment-list
 * call prints `existingCommentId` (if any), as `--jq … | .id` would, and a
 * write prints the comment. It stands in for github.com, which a test
 * cannot reach; the action's own code runs unchanged.
 */
export function installFakeGh(dir: string, existingCommentId?: number): FakeGh {
  const binDir = join(dir, 'bin')
  const log = join(dir, 'gh-calls.jsonl')
  mkdirSync(binDir, { recursive: true })
  const script = `#!${process.execPath}
const { appendFileSync, readFileSync } = require('node:fs')
const args = process.argv.slice(2)
const stdin = args.includes('-') ? readFileSync(0, 'utf8') : ''
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, stdin }) + '\\n')
if (!args.includes('--method')) process.stdout.write(${JSON.stringify(existingCommentId === undefined ? '' : `${existingCommentId}\n`)})
else process.stdout.write(JSON.stringify({ id: 42, body: JSON.parse(stdin).body }))
`
  writeFileSync(join(binDir, 'gh'), script)
  chmodSync(join(binDir, 'gh'), 0o755)
  return {
    binDir,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as GhCall)
        : [],
  }
}
