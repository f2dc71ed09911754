import type { DocumentKind } from '../model/documents.js'
import { catalog } from './catalog/index.js'

const rules: Readonly<Record<string, { readonly shownInDraftIn?: readonly DocumentKind[] }>> = catalog

/**
 * Whether an error of rule `code` in a document of `kind` stops a render,
 * as the rule's `shownInDraftIn` in the catalogue says: false for an error
 * the rendered document shows its reader (the render is a draft), true for
 * any other error, an unknown rule or a file that is no spec document.
 * Only errors are asked about; a warning or info never stops a render.
 */
export function blocksRender(code: string, kind: DocumentKind | undefined): boolean {
  return kind === undefined || !(rules[code]?.shownInDraftIn?.includes(kind) ?? false)
}
