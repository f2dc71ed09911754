import type { LoadWorkspaceOptions } from '@fordela/parser'
import type { LintSetup } from './resolve-lint-setup.js'
import { syncWorkspaceHost } from './sync-workspace-host.js'

/** How every command loads the workspace a setup names: its root, the config's ignores, defaults and limits, through the synchronous file host. */
export function workspaceOptionsOf(setup: LintSetup): LoadWorkspaceOptions {
  const { rounding, limits } = setup.config
  return {
    root: setup.root,
    ignore: setup.ignore,
    host: syncWorkspaceHost,
    ...(rounding ? { defaults: { rounding } } : {}),
    ...(limits ? { limits } : {}),
  }
}
