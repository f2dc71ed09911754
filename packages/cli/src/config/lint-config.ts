import type { ConfiguredSeverity } from '@fordela/engine'
import type { Language, LocalizedText, RoundingPolicy, YamlLimits } from '@fordela/parser'

/** The config file's name; it is looked for upward from the working directory. */
export const configFileName = 'fordela.config.yaml'

export type { ConfiguredSeverity } from '@fordela/engine'

/** The settings of `fordela.config.yaml`, validated. */
export interface LintConfig {
  /** Severity per rule id, overriding the catalogue's default. */
  readonly rules: ReadonlyMap<string, ConfiguredSeverity>
  /** Globs of the spec files to lint; all `*.yaml` files when absent. */
  readonly include?: readonly string[]
  /** Globs of files and folders never to read. */
  readonly ignore: readonly string[]
  readonly lang?: Language
  readonly maxWarnings?: number
  /** Rounding policy for agreements and allocations that state none. */
  readonly rounding?: RoundingPolicy
  /** Bounds on reading each spec file, replacing the parser's defaults. */
  readonly limits?: Partial<YamlLimits>
}

/** A config without settings: what applies when there is no config file. */
export const emptyConfig: LintConfig = { rules: new Map(), ignore: [] }

/** Something wrong in the config file, at a span of its text. */
export interface ConfigProblem {
  readonly span: readonly [number, number]
  readonly message: LocalizedText
}
