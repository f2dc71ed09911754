import type { ConfiguredSeverity } from '@fordela/engine'
import type { SpecDefaults } from '@fordela/parser'
import { parse } from 'yaml'

/** What the studio takes from a workspace's `fordela.config.yaml`. */
export interface StudioConfig {
  /** `rules:`: rule id → severity or `off`. */
  readonly severities: ReadonlyMap<string, ConfiguredSeverity>
  /** `rounding:`: the policy of documents that state none. */
  readonly defaults: SpecDefaults
}

const LEVELS = new Set(['error', 'warning', 'info', 'off'])
const ROUNDING = new Set(['largest-remainder', 'half-up', 'floor'])

/**
 * The rule severities and rounding default a `fordela.config.yaml` sets,
 * as `fordela lint` applies them; anything unreadable counts as unset (the
 * CLI reports a broken config).
 */
export function readStudioConfig(configText: string | undefined): StudioConfig {
  let config: unknown
  try {
    config = configText === undefined ? undefined : parse(configText, { maxAliasCount: 0 })
  } catch {
    config = undefined
  }
  const { rules, rounding } = (config && typeof config === 'object' ? config : {}) as {
    rules?: unknown
    rounding?: unknown
  }
  const severities = new Map(
    Object.entries(rules && typeof rules === 'object' ? rules : {}).filter(
      (entry): entry is [string, ConfiguredSeverity] => typeof entry[1] === 'string' && LEVELS.has(entry[1]),
    ),
  )
  const defaults = typeof rounding === 'string' && ROUNDING.has(rounding) ? ({ rounding } as SpecDefaults) : {}
  return { severities, defaults }
}
