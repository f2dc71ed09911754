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
}

/** An empty parse cache: at most one entry per path, the latest. */
export function createParseCache(): ParseCache {
  const entries = new Map<string, { readonly text: string; readonly key: string; readonly loaded: LoadedSpecFile }>()
  return {
    get(path, text, key) {
      const entry = entries.get(path)
      return entry && entry.text === text && entry.key === key ? entry.loaded : undefined
    },
    set(path, text, key, loaded) {
      entries.set(path, { text, key, loaded })
    },
  }
}
