// Runs the CLI's tests with the built CLI on the oldest Node its package.json
// allows (`engines.node`, e.g. ">=20.12" → the newest 20.12.x), while vitest
// itself runs on this Node (it needs a newer one; docs/design-decisions.md).
//
//   node scripts/test-oldest-node.mjs [vitest arguments]   (default: packages/cli/test)
//
// That Node comes from the npm registry as a package (node-<platform>-<arch>,
// the binary the `node` package installs), kept in node_modules/.cache.
// Exits with vitest's exit code; 2 when that Node cannot be had.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const engines = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).engines.node
const minimum = /^>=(\d+\.\d+)$/.exec(engines)?.[1]
if (!minimum) {
  console.error(`test-oldest-node: packages/cli/package.json engines.node is "${engines}", not ">=MAJOR.MINOR"`)
  process.exit(2)
}
const name = `node-${process.platform}-${process.arch}`
const folder = path.join(root, 'node_modules/.cache/fordela-oldest-node', `${name}-${minimum}`)
const node = path.join(folder, 'package/bin/node')
if (!existsSync(node)) {
  mkdirSync(folder, { recursive: true })
  try {
    const tarball = execFileSync('npm', ['pack', `${name}@~${minimum}.0`, '--silent'], {
      cwd: folder,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()
    execFileSync('tar', ['xzf', tarball], { cwd: folder })
  } catch (error) {
    console.error(
      `test-oldest-node: could not get ${name}@~${minimum}.0 from the npm registry: ${error instanceof Error ? error.message : error}`,
    )
    process.exit(2)
  }
}
const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
console.log(`test-oldest-node: the CLI runs on Node ${version} (engines.node ${engines}); vitest on ${process.version}`)
const args = process.argv.slice(2)
const vitest = spawnSync('npx', ['vitest', 'run', ...(args.length > 0 ? args : ['packages/cli/test'])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FORDELA_TEST_NODE: node },
})
process.exit(vitest.status ?? 1)
