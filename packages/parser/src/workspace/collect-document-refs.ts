import type { DocumentKind, DocumentRef, SpecDocument } from '../model/documents.js'

/** A reference a document makes and the kind of document it must name. */
export interface ExpectedRef {
  readonly ref: DocumentRef
  readonly expected: DocumentKind
}

/** Every document reference in `document`, in source order, with the kind each must name. */
export function collectDocumentRefs(document: SpecDocument): ExpectedRef[] {
  const refs: ExpectedRef[] = []
  const add = (ref: DocumentRef | undefined, expected: DocumentKind): void => {
    if (ref) refs.push({ ref, expected })
  }
  switch (document.kind) {
    case 'Allocation':
      add(document.parties, 'Parties')
      add(document.agreement, 'Agreement')
      add(document.strategy, 'Strategy')
      add(document.previous, 'Allocation')
      for (const fund of document.funds) add(fund.from?.agreement, 'Agreement')
      break
    case 'Agreement':
      for (const column of document.columns) add(column.dataset, 'Dataset')
      break
    case 'Parties':
      add(document.dataset, 'Dataset')
      break
    case 'ActionPlan':
      add(document.agreement, 'Agreement')
      add(document.strategy, 'Strategy')
      add(document.allocation, 'Allocation')
      break
    case 'Dataset':
    case 'Strategy':
      break
  }
  return refs.sort((a, b) => a.ref.at.span[0] - b.ref.at.span[0])
}
