import type { RootContent } from 'mdast'
import type { Diagnostic } from '@fordela/parser'

/** One part of the memo as Markdown blocks, with the findings rendering it produced. */
export interface RenderedPart {
  readonly blocks: RootContent[]
  readonly diagnostics: Diagnostic[]
}
