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
   * Agreement evaluations kept from earlier runs: an agreement document
   * (the same object, as a parse cache gives it again for an unchanged
   * file) whose datasets resolve to the same documents is not evaluated
   * again. The studio evaluates on every keystroke, mostly in an allocation.
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
}

/** An empty evaluation cache, for runs over documents loaded with one parse cache. */
export function createEvaluationCache(): EvaluationCache {
  return { agreements: new WeakMap() }
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
  for (const document of workspace.documents) {
    switch (document.kind) {
      case 'Agreement':
        agreementEvaluation(document)
        break
      case 'Parties':
        diagnostics.push(...checkParties(document, resolveDataset(document.dataset)))
        break
      case 'Allocation': {
        const evaluation: AllocationEvaluation = { ...evaluateOnce(document), previous: previousOf(document) }
        if (keepAllocations) allocations.set(document, evaluation)
        const broken = findBrokenInput(workspace, document, resolveAs('Parties'), resolveAs('Agreement'))
        if (broken) {
          // Amounts computed without a document that has errors are not worth a finding: each would
          // only follow from those errors (a duplicate key in the parties once showed up as money
          // "left" in a fund). One warning at the reference says why nothing more is checked.
          diagnostics.push(createDiagnostic('ref/depends-on-broken-document', { ref: broken.ref.value }, broken.at))
          break
        }
        diagnostics.push(...evaluation.diagnostics, ...checkProseClaims(evaluation, workspace.texts))
        const agreement = resolveAs('Agreement')(document.agreement)
        const strategy = resolveAs('Strategy')(document.strategy)
        diagnostics.push(
          ...checkAllocationLinks(document, agreement, strategy),
          ...reportUncheckedLinks(document, agreement, strategy),
        )
        diagnostics.push(
          ...checkDecisionItems(document),
          ...checkProseLinks(listAllocationProse(document), workspace.texts),
        )
        break
      }
      case 'ActionPlan':
        diagnostics.push(...checkActionPlan(document, resolveAs('Agreement'), resolveAs('Strategy')))
        diagnostics.push(...checkProseLinks(listActionPlanProse(document), workspace.texts))
        break
      case 'Strategy':
        diagnostics.push(...checkProseLinks([document.description, document.summary, document.vision], workspace.texts))
        break
      default:
        break
    }
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
