import {
  createDiagnostic,
  sortDiagnostics,
  type ActionPlanDocument,
  type AgreementDocument,
  type AllocationDocument,
  type DatasetDocument,
  type Diagnostic,
  type DocumentRef,
  type PartiesDocument,
  type Prose,
  type SourceRange,
  type SpecDocument,
  type StrategyDocument,
  type Workspace,
} from '@fordela/parser'
import { evaluateAgreement, type AgreementEvaluation } from './agreement/index.js'
import type { AllocationEvaluation, PreviousYear } from './allocation/allocation-evaluation.js'
import { evaluateAllocation } from './allocation/evaluate-allocation.js'
import { checkActionPlanLinks, checkAllocationLinks, reportUncheckedLinks } from './links/index.js'
import { checkDecisionItems } from './decisions/check-decision-items.js'
import { checkParties } from './parties/check-parties.js'
import { checkProseClaims, checkProseLinks, listAllocationProse } from './prose/index.js'
import { dropRepeatedFindings } from './drop-repeated-findings.js'
import { listDocumentInputs, sameDocumentInputs, type DocumentInputs } from './document-inputs.js'

/** Everything fordela computed for a workspace, with every finding. */
export interface WorkspaceEvaluation {
  readonly workspace: Workspace
  readonly agreements: ReadonlyMap<AgreementDocument, AgreementEvaluation>
  readonly allocations: ReadonlyMap<AllocationDocument, AllocationEvaluation>
  /** Findings of the parser and the engine, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[]
}

/** How much of an evaluation to keep. */
export interface EvaluateWorkspaceOptions {
  /**
   * False drops each allocation's evaluation once its checks have run, so
   * that `allocations` stays empty: a lint needs only the findings, and
   * keeping every allocation's amounts and derivations raises peak memory on
   * a large workspace (issue 7). Default true.
   */
  readonly keepAllocations?: boolean
  /**
   * Evaluations kept from earlier runs: a document (the same object, as a
   * parse cache gives it again for an unchanged file) whose references
   * lead to the same documents as before is not evaluated again, nor an
   * agreement whose datasets are the same documents. The studio evaluates
   * on every keystroke, mostly in one allocation.
   */
  readonly cache?: EvaluationCache
}

/** What {@link evaluateWorkspace} keeps between runs; see {@link createEvaluationCache}. */
export interface EvaluationCache {
  readonly agreements: WeakMap<
    AgreementDocument,
    {
      readonly datasets: readonly (readonly [DocumentRef, DatasetDocument | undefined])[]
      readonly evaluation: AgreementEvaluation
    }
  >
  /** Each document's findings (an allocation's evaluation too), with the documents they were computed from. */
  readonly documents: WeakMap<SpecDocument, KeptDocument>
}

/** One document's outcome kept for the next run. */
interface KeptDocument extends DocumentOutcome {
  readonly inputs: DocumentInputs
}

/** What evaluating one document (not an agreement) gives. */
interface DocumentOutcome {
  readonly diagnostics: readonly Diagnostic[]
  /** An allocation's evaluation without and with its previous year. */
  readonly allocation?: { readonly base: AllocationEvaluation; readonly evaluation: AllocationEvaluation }
}

/** An empty evaluation cache, for runs over documents loaded with one parse cache. */
export function createEvaluationCache(): EvaluationCache {
  return { agreements: new WeakMap(), documents: new WeakMap() }
}

/**
 * Evaluates every agreement and allocation of a loaded workspace and runs
 * every check. Each document is evaluated once, whatever refers to it.
 */
export function evaluateWorkspace(workspace: Workspace, options: EvaluateWorkspaceOptions = {}): WorkspaceEvaluation {
  const keepAllocations = options.keepAllocations ?? true
  const diagnostics: Diagnostic[] = [...workspace.diagnostics]
  const agreements = new Map<AgreementDocument, AgreementEvaluation>()
  const resolveAs =
    <K extends SpecDocument['kind']>(kind: K) =>
    (ref: DocumentRef | undefined): Extract<SpecDocument, { kind: K }> | undefined => {
      const document = ref ? workspace.resolve(ref) : undefined
      return document?.kind === kind ? (document as Extract<SpecDocument, { kind: K }>) : undefined
    }
  const resolveDataset = resolveAs('Dataset')
  const agreementEvaluation = (agreement: AgreementDocument): AgreementEvaluation => {
    let evaluation = agreements.get(agreement)
    if (!evaluation) {
      evaluation = reuseAgreement(agreement) ?? evaluateAndKeep(agreement)
      agreements.set(agreement, evaluation)
      diagnostics.push(...evaluation.diagnostics)
    }
    return evaluation
  }
  // The evaluation depends on the agreement and the datasets it resolves, nothing else: same objects, same result.
  const reuseAgreement = (agreement: AgreementDocument): AgreementEvaluation | undefined => {
    const kept = options.cache?.agreements.get(agreement)
    return kept?.datasets.every(([ref, dataset]) => resolveDataset(ref) === dataset) ? kept.evaluation : undefined
  }
  const evaluateAndKeep = (agreement: AgreementDocument): AgreementEvaluation => {
    const datasets: (readonly [DocumentRef, DatasetDocument | undefined])[] = []
    const evaluation = evaluateAgreement(agreement, (ref) => {
      const dataset = resolveDataset(ref)
      datasets.push([ref, dataset])
      return dataset
    })
    options.cache?.agreements.set(agreement, { datasets, evaluation })
    return evaluation
  }
  const lookupAgreement = (ref: DocumentRef): AgreementEvaluation | undefined => {
    const agreement = resolveAs('Agreement')(ref)
    return agreement ? agreementEvaluation(agreement) : undefined
  }

  const allocations = new Map<AllocationDocument, AllocationEvaluation>()
  const resolveAllocation = resolveAs('Allocation')
  // Allocations another names as `previous:`, evaluated once and kept for the year-over-year claims.
  const previousTargets = new Set(
    workspace.documents.flatMap((document) =>
      document.kind === 'Allocation' ? (resolveAllocation(document.previous) ?? []) : [],
    ),
  )
  const evaluatedTargets = new Map<AllocationDocument, AllocationEvaluation>()
  const evaluateOnce = (document: AllocationDocument): AllocationEvaluation => {
    const cached = evaluatedTargets.get(document)
    if (cached) return cached
    const evaluation = evaluateAllocationIn(document, resolveAs('Parties'), resolveDataset, lookupAgreement)
    if (previousTargets.has(document)) evaluatedTargets.set(document, evaluation)
    return evaluation
  }
  const previousOf = (document: AllocationDocument): PreviousYear => {
    if (!document.previous) return { type: 'unavailable', reason: 'no-reference' }
    const previous = resolveAllocation(document.previous)
    return previous && previous !== document
      ? { type: 'evaluated', evaluation: evaluateOnce(previous) }
      : { type: 'unavailable', reason: 'not-found' }
  }
  /** The findings of one document (not an agreement), and an allocation's evaluation. */
  const evaluateDocument = (document: SpecDocument): DocumentOutcome => {
    switch (document.kind) {
      case 'Parties':
        return { diagnostics: checkParties(document, resolveDataset(document.dataset)) }
      case 'Allocation': {
        const base = evaluateOnce(document)
        const evaluation: AllocationEvaluation = { ...base, previous: previousOf(document) }
        const allocation = { base, evaluation }
        const broken = findBrokenInput(workspace, document, resolveAs('Parties'), resolveAs('Agreement'))
        if (broken) {
          // Amounts computed without a document that has errors are not worth a finding: each would
          // only follow from those errors (a duplicate key in the parties once showed up as money
          // "left" in a fund). One warning at the reference says why nothing more is checked.
          const args = { ref: broken.ref.value }
          return { diagnostics: [createDiagnostic('ref/depends-on-broken-document', args, broken.at)], allocation }
        }
        const agreement = resolveAs('Agreement')(document.agreement)
        const strategy = resolveAs('Strategy')(document.strategy)
        const diagnostics = [
          ...evaluation.diagnostics,
          ...checkProseClaims(evaluation, workspace.texts),
          ...checkAllocationLinks(document, agreement, strategy),
          ...reportUncheckedLinks(document, agreement, strategy),
          ...checkDecisionItems(document),
          ...checkProseLinks(listAllocationProse(document), workspace.texts),
        ]
        return { diagnostics, allocation }
      }
      case 'ActionPlan':
        return {
          diagnostics: [
            ...checkActionPlan(document, resolveAs('Agreement'), resolveAs('Strategy')),
            ...checkProseLinks(listActionPlanProse(document), workspace.texts),
          ],
        }
      case 'Strategy':
        return {
          diagnostics: checkProseLinks([document.description, document.summary, document.vision], workspace.texts),
        }
      default:
        return { diagnostics: [] }
    }
  }
  // A document whose references lead to the same documents as when it was kept gives what it gave then.
  const reuseOrEvaluate = (document: SpecDocument): DocumentOutcome => {
    if (!options.cache) return evaluateDocument(document)
    const inputs = listDocumentInputs(workspace, document)
    const kept = options.cache.documents.get(document)
    if (kept && sameDocumentInputs(kept.inputs, inputs)) return kept
    const outcome = evaluateDocument(document)
    options.cache.documents.set(document, { ...outcome, inputs })
    return outcome
  }
  for (const document of workspace.documents) {
    if (document.kind === 'Agreement') {
      agreementEvaluation(document)
      continue
    }
    const outcome = reuseOrEvaluate(document)
    diagnostics.push(...outcome.diagnostics)
    if (document.kind !== 'Allocation' || !outcome.allocation) continue
    if (keepAllocations) allocations.set(document, outcome.allocation.evaluation)
    if (previousTargets.has(document)) evaluatedTargets.set(document, outcome.allocation.base)
  }
  return { workspace, agreements, allocations, diagnostics: sortDiagnostics(dropRepeatedFindings(diagnostics)) }
}

/**
 * The first reference an allocation's amounts depend on — its parties, their
 * dataset, its agreement, the agreement's datasets — that names a file with
 * errors, with the allocation's own reference that leads to it; undefined
 * when every one it has can be read.
 */
function findBrokenInput(
  workspace: Workspace,
  allocation: AllocationDocument,
  resolveParties: (ref: DocumentRef | undefined) => PartiesDocument | undefined,
  resolveAgreement: (ref: DocumentRef | undefined) => AgreementDocument | undefined,
): { readonly ref: DocumentRef; readonly at: SourceRange } | undefined {
  const parties = resolveParties(allocation.parties)
  const agreement = resolveAgreement(allocation.agreement)
  const chains: [DocumentRef | undefined, DocumentRef | undefined][] = [
    [allocation.parties, allocation.parties],
    [parties?.dataset, allocation.parties],
    [allocation.agreement, allocation.agreement],
    ...(agreement?.columns.map((column): [DocumentRef | undefined, DocumentRef | undefined] => [
      column.dataset,
      allocation.agreement,
    ]) ?? []),
  ]
  for (const [ref, from] of chains) {
    if (ref && from && workspace.isUnreadable(ref)) return { ref, at: from.at }
  }
  return undefined
}

/** Evaluates one allocation with the documents it refers to. */
function evaluateAllocationIn(
  allocation: AllocationDocument,
  resolveParties: (ref: DocumentRef | undefined) => PartiesDocument | undefined,
  resolveDataset: (ref: DocumentRef | undefined) => DatasetDocument | undefined,
  lookupAgreement: (ref: DocumentRef) => AgreementEvaluation | undefined,
): AllocationEvaluation {
  const parties = resolveParties(allocation.parties)
  const partiesDataset = resolveDataset(parties?.dataset)
  return evaluateAllocation(allocation, {
    ...(parties ? { parties } : {}),
    ...(partiesDataset ? { partiesDataset } : {}),
    lookupAgreement,
  })
}

/** Every prose field of an action plan, in its order. */
function listActionPlanProse(plan: ActionPlanDocument): (Prose | undefined)[] {
  return [
    plan.description,
    plan.background,
    plan.basis,
    ...plan.areas.flatMap((area) => area.goals.map((goal) => goal.text)),
    plan.followUp?.text,
  ]
}

/** Link checks of an action plan against the agreement and strategy it names. */
function checkActionPlan(
  plan: ActionPlanDocument,
  resolveAgreement: (ref: DocumentRef | undefined) => AgreementDocument | undefined,
  resolveStrategy: (ref: DocumentRef | undefined) => StrategyDocument | undefined,
): Diagnostic[] {
  const agreement = resolveAgreement(plan.agreement)
  const strategy = resolveStrategy(plan.strategy)
  return [...checkActionPlanLinks(plan, agreement, strategy), ...reportUncheckedLinks(plan, agreement, strategy)]
}
