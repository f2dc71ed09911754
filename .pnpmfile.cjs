// pnpm hooks. Only beforePacking: it shapes the package.json that goes into
// a published tarball (`pnpm pack`, which scripts/pack-packages.mjs and the
// release workflow use), never the one in the repository.
//
// - The `fordela-source` export condition points at TypeScript sources that
//   the tarball does not ship; inside the monorepo tsc, vitest and esbuild
//   resolve workspace packages through it. Published, it is dropped, so
//   `types` is the first condition of every export.
// - Scripts and devDependencies mean nothing to someone installing the package.
//
// pnpm itself rewrites `workspace:` ranges to the packed version.

/** Removes the `fordela-source` condition from an exports value, at any depth. */
function withoutSourceCondition(exportsValue) {
  if (exportsValue === null || typeof exportsValue !== 'object' || Array.isArray(exportsValue)) return exportsValue
  return Object.fromEntries(
    Object.entries(exportsValue)
      .filter(([condition]) => condition !== 'fordela-source')
      .map(([key, value]) => [key, withoutSourceCondition(value)]),
  )
}

module.exports = {
  hooks: {
    beforePacking(manifest) {
      if (manifest.exports !== undefined) manifest.exports = withoutSourceCondition(manifest.exports)
      delete manifest.scripts
      delete manifest.devDependencies
      return manifest
    },
  },
}
