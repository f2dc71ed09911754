import type { DatasetDocument } from '../model/documents.js'
import type { LoadedDataset } from './load-dataset-csv.js'
import type { LoadedSpecFile } from './load-spec-file.js'

/**
 * Parsed files kept between loads of the same workspace, so an editor that
 * reloads on every keystroke parses only the file that changed. An entry is
 * used only when the file's text and the parse settings are the same.
 */
export interface ParseCache {
  /** The loaded file for `path`, when it was parsed from `text` with settings `key`. */
  get(path: string, text: string, key: string): LoadedSpecFile | undefined
  set(path: string, text: string, key: string, loaded: LoadedSpecFile): void
  /** A dataset's CSV import, when the same (cached) dataset document read the same CSV text. */
  getDataset(dataset: DatasetDocument, csvText: string): LoadedDataset | undefined
  setDataset(dataset: DatasetDocument, csvText: string, loaded: LoadedDataset): void
}

/** An empty parse cache: at most one entry per path, the latest. */
export function createParseCache(): ParseCache {
  const entries = new Map<string, { readonly text: string; readonly key: string; readonly loaded: LoadedSpecFile }>()
  const datasets = new WeakMap<DatasetDocument, { readonly text: string; readonly loaded: LoadedDataset }>()
  return {
    getDataset(dataset, csvText) {
      const entry = datasets.get(dataset)
      return entry?.text === csvText ? entry.loaded : undefined
    },
    setDataset(dataset, csvText, loaded) {
      datasets.set(dataset, { text: csvText, loaded })
    },
    get(path, text, key) {
      const entry = entries.get(path)
      return entry && entry.text === text && entry.key === key ? entry.loaded : undefined
    },
    set(path, text, key, loaded) {
      entries.set(path, { text, key, loaded })
    },
  }
}
