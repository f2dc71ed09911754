// Runs as `prepack` in every published package (packages/*/package.json),
// from that package's folder: copies what the tarball must carry but that
// lives once at the repository root.
//
// - LICENSE: npm shows and ships the licence file of the package's own folder.
// - For @fordela/cli, docs/rules/: `fordela lint --explain RULE` prints the
//   rule's page, and an installed CLI has no repository around it; and the
//   built studio (packages/studio/dist, as studio/), which `fordela studio` serves.
//
// The copies are git-ignored; postpack (scripts/postpack-package.mjs) removes them.
import { cpSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url)
const packageFolder = process.cwd()
const { name } = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'))

cpSync(new URL('LICENSE', root), join(packageFolder, 'LICENSE'))
if (name === '@fordela/cli') {
  cpSync(new URL('docs/rules/', root), join(packageFolder, 'docs/rules'), { recursive: true })
  const studio = new URL('packages/studio/dist/', root)
  if (!existsSync(new URL('index.html', studio)))
    throw new Error('prepack: packages/studio/dist is missing; run npm run build first')
  cpSync(studio, join(packageFolder, 'studio'), { recursive: true })
}
