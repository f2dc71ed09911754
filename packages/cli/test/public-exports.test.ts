import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { pinExports } from '../../../test/exports/pin-exports.js'

// @fordela/cli is a command, not a library: package.json "exports" opens nothing but package.json
// itself (no module can be imported from it), and its one bin is `fordela`. Opening a module or
// adding a command name is a change for every user: when it is meant, update this test with it.
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
pinExports(packageFolder, {})

it('@fordela/cli installs exactly one command, fordela, run by bin/fordela.js', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    bin: Record<string, string>
  }
  expect(manifest.bin).toEqual({ fordela: './bin/fordela.js' })
})
