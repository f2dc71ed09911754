/** A file `fordela init` writes: its path relative to the new repository, and its text. */
export interface ScaffoldFile {
  readonly path: string
  readonly text: string
}
