import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { AllocationDocument, AllocationLine, AllocationSection, AllocationStep, Fund } from '../model/documents.js'
import type { Located, SourceRange } from '../model/source.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import { checkUniqueIds, compact, createBuildContext, finishBuild, type BuildContext, type BuildResult, type SpecDefaults } from './build-context.js'
import { readAllocationLine } from './read-allocation-line.js'
import { readHeader } from './read-header.js'
import { findPair, rangeOf, rangeOfPair, readBoolean, readItems, readMap, readMapItems, readText, readTextList, requireInteger, requireText, locateText } from './read-fields.js'
import { readAmount, readRounding, requireAmount } from './read-literal-fields.js'

/**
 * Builds the typed Allocation from a tree its schema accepted: funds,
 * sections with their steps and lines in document order, amounts and
 * shares read exactly. Fund ids and section ids must each be unique
 * (`schema/duplicate-id`); a fund and a section may share an id.
 *
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildAllocation(root: YamlMap, file: string, defaults: SpecDefaults = {}): BuildResult<AllocationDocument> {
  const context = createBuildContext(file, defaults)
  const funds = readMapItems(root, 'funds').map((map, index) => readFund(map, index, context))
  const sections = readMapItems(root, 'sections').map((map) => readSection(map, context))
  checkUniqueIds(funds, 'fund', context)
  checkUniqueIds(sections, 'section', context)
  checkUniqueIds(listLinesWithIds(sections), 'line', context)
  const signatories = readMapItems(root, 'signatories').map((map) => ({
    name: requireText(map, 'name', context),
    ...compact({ role: readText(map, 'role', context) }),
  }))
  const document: AllocationDocument = {
    ...readHeader(root, 'Allocation', context),
    year: requireInteger(root, 'year', context),
    parties: requireText(root, 'parties', context),
    rounding: readRounding(root, context),
    decisions: readItems(root, 'decisions').map((node) => locateText(node, context)),
    funds,
    sections,
    signatories,
    ...compact({
      documentTitle: readText(root, 'documentTitle', context),
      county: readText(root, 'county', context),
      agreement: readText(root, 'agreement', context),
      strategy: readText(root, 'strategy', context),
      previous: readText(root, 'previous', context),
      decisionBody: readText(root, 'decisionBody', context),
      summary: readText(root, 'summary', context),
      background: readText(root, 'background', context),
    }),
  }
  return finishBuild(document, context)
}

function readFund(map: YamlMap, index: number, context: BuildContext): Fund {
  const from = readMap(map, 'from')
  const tolerance = readMap(map, 'tolerance')
  const derived = readDerived(map, `funds[${index}]`, context)
  return {
    id: requireText(map, 'id', context),
    at: rangeOf(map, context),
    ...compact({
      title: readText(map, 'title', context),
      amount: readAmount(map, 'amount', context),
      derived,
      from: from && {
        area: requireText(from, 'area', context),
        column: requireText(from, 'column', context),
        at: rangeOf(from, context),
        ...compact({ agreement: readText(from, 'agreement', context), unit: readText(from, 'unit', context) }),
      },
      tolerance: tolerance && { amount: requireAmount(tolerance, 'amount', context), reason: requireText(tolerance, 'reason', context) },
    }),
  }
}

/**
 * Where `derived: true` is written. A derived fund's amount is the sum of its
 * lines, so a stated `amount` or agreement cell beside it is
 * `schema/conflicting-keys` at `derived`.
 */
function readDerived(map: YamlMap, path: string, context: BuildContext): SourceRange | undefined {
  const pair = findPair(map, 'derived')
  if (!pair || readBoolean(map, 'derived') !== true) return undefined
  const stated = ['amount', 'from'].filter((key) => findPair(map, key))
  if (stated.length > 0) {
    const keys = ['derived', ...stated].join(' ')
    context.diagnostics.push(
      createDiagnostic('schema/conflicting-keys', { keys, allowed: keys, path }, { file: context.file, span: pair.keySpan }),
    )
  }
  return rangeOfPair(pair, context)
}

function readSection(map: YamlMap, context: BuildContext): AllocationSection {
  const links = readMap(map, 'links')
  return {
    id: requireText(map, 'id', context),
    title: requireText(map, 'title', context),
    fund: requireText(map, 'fund', context),
    steps: readMapItems(map, 'steps').map((step) => readStep(step, context)),
    at: rangeOf(map, context),
    ...compact({
      links: links && {
        subgoals: readTextList(links, 'subgoals', context),
        areas: readTextList(links, 'areas', context),
        ...compact({ area: readText(links, 'area', context) }),
      },
      decision: readText(map, 'decision', context),
      text: readText(map, 'text', context),
    }),
  }
}

/** Every line, child lines included, that has an id; `{{ line.<id> }}` names it, so ids are unique in the allocation. */
function listLinesWithIds(sections: readonly AllocationSection[]): { readonly id: Located<string> }[] {
  const withIds: { readonly id: Located<string> }[] = []
  const visit = (line: AllocationLine): void => {
    if (line.id) withIds.push({ id: line.id })
    line.lines.forEach(visit)
  }
  for (const section of sections) for (const step of section.steps) step.lines.forEach(visit)
  return withIds
}

function readStep(map: YamlMap, context: BuildContext): AllocationStep {
  return {
    lines: readMapItems(map, 'lines').map((line) => readAllocationLine(line, context)),
    at: rangeOf(map, context),
    ...compact({ title: readText(map, 'title', context) }),
  }
}
