#!/usr/bin/env node
/**
 * Compares ways of reading every YAML file of a folder, each in a fresh
 * process (median of `runs`): sync reads as the floor does, and the
 * promise-based stat + readFile with 16 at a time that the parser's Node
 * workspace host and loader use.
 *
 * Usage: node bench/tools/time-file-reads.mjs <folder> [runs=5]
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median } from '../lib/measure-runs.mjs'

const methods = {
  readFileSync: async (files) => {
    for (const file of files) readFileSync(file)
  },
  'statSync + readFileSync': async (files) => {
    for (const file of files) if (statSync(file).size < 1 << 20) readFileSync(file)
  },
  'promises stat + readFile, 16 at a time': (files) =>
    inParallel(files, 16, async (file) => (await stat(file)).size < 1 << 20 && readFile(file)),
  'promises readFile, 16 at a time': (files) => inParallel(files, 16, (file) => readFile(file)),
  'promises stat + readFile, one at a time': (files) =>
    inParallel(files, 1, async (file) => (await stat(file)).size < 1 << 20 && readFile(file)),
}

async function inParallel(items, limit, work) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: limit }, worker))
}

if (process.env.METHOD) {
  const files = readdirSync(resolve(process.argv[2]), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  const start = performance.now()
  await methods[process.env.METHOD](files)
  process.stdout.write(String(performance.now() - start))
} else {
  const [folder = '.', runs = '5'] = process.argv.slice(2)
  for (const method of Object.keys(methods)) {
    const samples = Array.from({ length: Number(runs) }, () =>
      Number(
        spawnSync(process.execPath, [fileURLToPath(import.meta.url), folder], {
          env: { ...process.env, METHOD: method },
          encoding: 'utf8',
        }).stdout,
      ),
    )
    console.log(`${Math.round(median(samples)).toString().padStart(6)} ms  ${method}`)
  }
}
