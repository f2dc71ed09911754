import type { YamlLimits } from '../yaml/limits.js'
import { loadSpecFile, type LoadedSpecFile } from './load-spec-file.js'
import { mapWithConcurrency } from './map-with-concurrency.js'
import type { WorkspaceHost } from './workspace-host.js'
import type { SpecDefaults } from '../kinds/build-context.js'
import type { ParseCache } from './parse-cache.js'

/** How many files are read at once. */
const PARALLEL_READS = 16

/** Loads workspace files on demand, each once. */
export interface SpecFileLoader {
  /** Every file loaded so far (including those that turned out not to be specs). */
  readonly loaded: ReadonlyMap<string, LoadedSpecFile>
  /**
   * Loads the files not loaded yet, in parallel; `named` files are parsed
   * whatever they hold, including files the walk loaded and set aside as
   * not being specs.
   */
  load(files: Iterable<string>, named: boolean): Promise<void>
}

/** Creates a loader that reads through `host` under `realRoot`. */
export function createSpecFileLoader(
  host: WorkspaceHost,
  realRoot: string,
  limits: YamlLimits,
  defaults: SpecDefaults = {},
  cache?: ParseCache,
): SpecFileLoader {
  const loaded = new Map<string, LoadedSpecFile>()
  return {
    loaded,
    async load(files, named) {
      const fresh = [...new Set(files)]
        .filter((file) => !loaded.has(file) || (named && !loaded.get(file)!.isSpec))
        .sort()
      const results = await mapWithConcurrency(fresh, PARALLEL_READS, (file) =>
        loadSpecFile(host, realRoot, file, limits, named, defaults, cache),
      )
      for (const result of results) loaded.set(result.path, result)
    },
  }
}
