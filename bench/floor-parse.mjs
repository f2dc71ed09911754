#!/usr/bin/env node
/**
 * The floor: the least a YAML linter must do. Imports `yaml` (the copy
 * @fordela/parser uses), walks the given folders, reads every .yaml/.yml file
 * and parses it into a document with positions (`parseDocument`, default
 * options). No validation, no evaluation, no output beyond a count.
 * `--no-unique-keys` turns off yaml's duplicate-key check, which is quadratic
 * in a mapping's size, for the linearity check's large flat maps.
 *
 * Usage: node bench/floor-parse.mjs [--no-unique-keys] <folder>...
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const requireFromParser = createRequire(new URL('../packages/parser/package.json', import.meta.url))
const { parseDocument } = await import(pathToFileURL(requireFromParser.resolve('yaml')).href)

/** Every YAML file under `dir`, skipping hidden folders and node_modules as fordela does. */
function* walkYaml(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') yield* walkYaml(path)
    } else if (/\.ya?ml$/.test(entry.name)) {
      yield path
    }
  }
}

const args = process.argv.slice(2)
const options = args[0] === '--no-unique-keys' ? { uniqueKeys: false } : {}
let files = 0
let errors = 0
for (const root of args.filter((arg) => !arg.startsWith('--'))) {
  for (const file of walkYaml(root)) {
    const document = parseDocument(readFileSync(file, 'utf8'), options)
    files += 1
    errors += document.errors.length
  }
}
process.stdout.write(`${files} files, ${errors} errors\n`)
