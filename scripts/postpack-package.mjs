// Runs as `postpack` in every published package: removes the copies that
// scripts/prepack-package.mjs made for the tarball.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const packageFolder = process.cwd()
const { name } = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'))

rmSync(join(packageFolder, 'LICENSE'), { force: true })
if (name === '@fordela/cli') {
  rmSync(join(packageFolder, 'docs'), { recursive: true, force: true })
  rmSync(join(packageFolder, 'studio'), { recursive: true, force: true })
}
