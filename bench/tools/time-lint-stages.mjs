#!/usr/bin/env node
/**
 * Splits a lint run's time into stages, each measured in its own fresh
 * process (after its imports, which are timed separately) over every YAML
 * file of a folder, so each stage pays the same cold JIT as the CLI does:
 *
 *   read      read the files (fs only)
 *   lex       + yaml's Lexer alone (tokens)
 *   cst       + yaml's Parser (the concrete syntax tree; no Document)
 *   yaml      + yaml's parseDocument, default options (the floor's parse)
 *   loadYaml  + fordela's YAML reading (token loop, limits, YamlNode tree)
 *   spec      + header, JSON Schema validation, building typed documents
 *   workspace loadWorkspace: discovery, parse, references, CSV data
 *   evaluate  + evaluateWorkspace (agreement, allocations, checks)
 *
 * Usage: node bench/tools/time-lint-stages.mjs <folder> [runs=3]
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median } from '../lib/measure-runs.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const stages = ['read', 'lex', 'cst', 'yaml', 'loadYaml', 'spec', 'workspace', 'evaluate']

if (process.env.STAGE) {
  await runStage(process.env.STAGE, resolve(process.argv[2]))
} else {
  const [folder = '.', runs = '3'] = process.argv.slice(2)
  for (const stage of stages) {
    const samples = []
    let importMs = 0
    for (let run = 0; run < Number(runs); run += 1) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), folder], {
        env: { ...process.env, STAGE: stage },
        encoding: 'utf8',
      })
      if (child.status !== 0) throw new Error(child.stderr)
      const result = JSON.parse(child.stdout)
      samples.push(result.ms)
      importMs = result.importMs
    }
    console.log(
      `${stage.padEnd(10)} ${Math.round(median(samples)).toString().padStart(6)} ms   (imports ${Math.round(importMs)} ms)`,
    )
  }
}

async function runStage(stage, folder) {
  const importStart = performance.now()
  const yaml = await import(
    pathToFileURL(createRequire(join(repo, 'packages/parser/package.json')).resolve('yaml')).href
  )
  const parser = await import(pathToFileURL(join(repo, 'packages/parser/dist/index.js')).href)
  const engine =
    stage === 'evaluate' ? await import(pathToFileURL(join(repo, 'packages/engine/dist/index.js')).href) : undefined
  const importMs = performance.now() - importStart
  const start = performance.now()
  if (stage === 'workspace' || stage === 'evaluate') {
    const workspace = await parser.loadWorkspace({ root: folder })
    if (engine) engine.evaluateWorkspace(workspace)
  } else {
    for (const file of listYaml(folder)) {
      const text = readFileSync(file, 'utf8')
      const path = relative(folder, file)
      if (stage === 'lex') for (const token of new yaml.Lexer().lex(text)) void token
      if (stage === 'cst') for (const token of new yaml.Parser().parse(text)) void token
      if (stage === 'yaml') yaml.parseDocument(text)
      if (stage === 'loadYaml') parser.loadYaml(text, path)
      if (stage === 'spec') parser.parseSpecText(text, path)
    }
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, importMs }))
}

function listYaml(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
}
