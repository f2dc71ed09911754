// Packs every published package into one folder with `pnpm pack`, as the
// release workflow publishes them, and checks each tarball's package.json:
// no `workspace:` range and no `fordela-source` condition may be left
// (.pnpmfile.cjs and pnpm rewrite them). Run after `npm run build`.
//
//   node scripts/pack-packages.mjs <destination>
//
// Prints the tarballs' paths, one a line, in dependency order.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The published packages, each after the packages it depends on. */
export const publishedPackages = ['parser', 'engine', 'render-markdown', 'render-docx', 'cli']

const root = fileURLToPath(new URL('..', import.meta.url))

/** The package.json inside a tarball. */
function readPackedManifest(tarball) {
  return JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }))
}

/** Packs one package into `destination` and returns the tarball's path. */
function packPackage(folder, destination) {
  const before = new Set(readdirSync(destination))
  execFileSync('npx', ['--yes', 'pnpm@10.34.9', 'pack', '--pack-destination', destination], {
    cwd: resolve(root, 'packages', folder),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const created = readdirSync(destination).filter((file) => file.endsWith('.tgz') && !before.has(file))
  if (created.length !== 1) throw new Error(`pack-packages: packing packages/${folder} made ${created.length} tarballs`)
  const tarball = resolve(destination, created[0])
  const manifestText = JSON.stringify(readPackedManifest(tarball))
  for (const leftover of ['workspace:', 'fordela-source']) {
    if (manifestText.includes(leftover))
      throw new Error(`pack-packages: ${tarball} still contains "${leftover}" in its package.json`)
  }
  return tarball
}

/** Packs every published package into `destination` (created if need be); returns the tarballs in dependency order. */
export function packPackages(destination) {
  mkdirSync(resolve(destination), { recursive: true })
  return publishedPackages.map((folder) => packPackage(folder, resolve(destination)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = process.argv[2]
  if (!destination) {
    console.error('usage: node scripts/pack-packages.mjs <destination>')
    process.exit(2)
  }
  for (const tarball of packPackages(destination)) console.log(tarball)
}
