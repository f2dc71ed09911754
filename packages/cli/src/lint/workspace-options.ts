import type { LoadWorkspaceOptions } from '@fordela/parser'
import type { LintSetup } from './resolve-lint-setup.js'

/** How every command loads the workspace a setup names: its root, the config's ignores and defaults. */
export function workspaceOptionsOf(setup: LintSetup): LoadWorkspaceOptions {
  const { rounding } = setup.config
  return { root: setup.root, ignore: setup.ignore, ...(rounding ? { defaults: { rounding } } : {}) }
}
