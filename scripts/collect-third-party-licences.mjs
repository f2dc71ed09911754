// The licence texts of the npm packages an esbuild bundle contains, for the
// THIRD-PARTY-LICENSES.txt that ships beside the CLI's bundle.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The folder of the package a bundled file belongs to: the nearest package.json with a name. */
function findPackageFolder(file) {
  for (let folder = dirname(file); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return folder
  }
  return undefined
}

/**
 * The standard text of an SPDX licence kept in scripts/licences/, for a
 * package that declares the licence but ships no file (Apache-2.0 requires
 * the text to travel with the code); undefined when none is kept.
 */
function standardLicenceText(spdx) {
  const path = resolve(dirname(new URL(import.meta.url).pathname), 'licences', `${spdx}.txt`)
  return /^[A-Za-z0-9.-]+$/.test(String(spdx)) && existsSync(path) ? path : undefined
}

/**
 * One text with, for every package under node_modules that `inputs`
 * (esbuild metafile input paths, relative to `root`) come from, its name,
 * version, licence and licence file, sorted by name. Throws when a package
 * ships no licence file: its code must not be redistributed unnoticed.
 */
export function collectThirdPartyLicences(inputs, root) {
  const folders = new Set(
    inputs.filter((input) => input.includes('node_modules/')).map((input) => findPackageFolder(resolve(root, input))),
  )
  const sections = [...folders]
    .filter((folder) => folder !== undefined)
    .map((folder) => {
      const { name, version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
      const licenceFile = readdirSync(folder).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file))
      const path = licenceFile ? join(folder, licenceFile) : standardLicenceText(license)
      if (!path) throw new Error(`bundle-cli: ${name}@${version} ships no licence file`)
      const note = licenceFile
        ? ''
        : ' (the package ships no licence file; this is the standard text of the licence it declares)'
      return { name, text: `${name}@${version} (${license})${note}\n\n${readFileSync(path, 'utf8').trim()}\n` }
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const rule = `\n${'-'.repeat(72)}\n\n`
  return `Third-party software bundled in bundle/fordela.cjs and bundle/render-docx.cjs\n${rule}${sections.map((section) => section.text).join(rule)}`
}
