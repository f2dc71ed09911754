import type { DocumentRef, SpecDocument, StrategyDocument } from '@fordela/parser'

/** How an allocation is rendered. */
export interface RenderAllocationOptions {
  /** Add the appendix *Bilaga: Beräkningsunderlag* with every amount's derivation. */
  readonly appendix?: boolean
  /** The memo's language; Swedish is the only one. */
  readonly lang?: 'sv'
}

/** What an allocation is rendered with besides its evaluation. */
export interface RenderAllocationContext {
  /** The national strategy for *Bakgrund*; looked up through `resolve` when absent. */
  readonly strategy?: StrategyDocument
  /** File texts by workspace path (`workspace.texts`), so placeholder findings point at the placeholder. */
  readonly texts: ReadonlyMap<string, string>
  /**
   * Finds the document a reference names (`workspace.resolve`): the agreement
   * and datasets whose titles the memo names (area numbers, measure titles).
   * Without it the memo names them by id.
   */
  readonly resolve?: (ref: DocumentRef) => SpecDocument | undefined
  readonly options?: RenderAllocationOptions
}
