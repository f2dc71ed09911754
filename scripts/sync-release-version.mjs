// Runs after `changeset version` (npm run version-packages, in the version
// pull request): writes the new version of @fordela/cli where a file outside
// the packages names it, so the release ships what the pull request shows.
//
// - .pre-commit-hooks.yaml: the hook's `npx --yes @fordela/cli@<version> lint`.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The hook manifest with every `npx --yes @fordela/cli@<old>` at `version`; throws if it names none. */
export function syncHookVersion(hooks, version) {
  const pattern = /(npx --yes @fordela\/cli@)[^\s]+/g
  if (!pattern.test(hooks))
    throw new Error('sync-release-version: .pre-commit-hooks.yaml names no @fordela/cli version to update')
  return hooks.replace(pattern, `$1${version}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hooksFile = new URL('../.pre-commit-hooks.yaml', import.meta.url)
  const { version } = JSON.parse(readFileSync(new URL('../packages/cli/package.json', import.meta.url), 'utf8'))
  writeFileSync(hooksFile, syncHookVersion(readFileSync(hooksFile, 'utf8'), version))
}
