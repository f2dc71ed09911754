import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type {
  AllocationDocument,
  AllocationLine,
  AllocationSection,
  AllocationStep,
  DecisionItem,
  Fund,
  MemoLayout,
  MemoPart,
} from '../model/documents.js'
import type { Located, SourceRange } from '../model/source.js'
import { LocatedValue } from '../model/located-value.js'
import type { YamlMap, YamlNode } from '../yaml/yaml-node.js'
import {
  checkUniqueIds,
  compact,
  createBuildContext,
  finishBuild,
  type BuildContext,
  type BuildResult,
  type SpecDefaults,
} from './build-context.js'
import { readAllocationLine } from './read-allocation-line.js'
import { readHeader } from './read-header.js'
import {
  findPair,
  findValue,
  rangeOf,
  rangeOfPair,
  readBoolean,
  readItems,
  readMap,
  readMapItems,
  readText,
  readTextList,
  requireInteger,
  requireText,
  locateText,
} from './read-fields.js'
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
export function buildAllocation(
  root: YamlMap,
  file: string,
  defaults: SpecDefaults = {},
): BuildResult<AllocationDocument> {
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
    decisions: readItems(root, 'decisions').map((node, index) =>
      readDecisionItem(node, `decisions[${index}]`, context),
    ),
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
      decisionLead: readDecisionLead(root, context),
      memo: readMemoLayout(root, context),
      summary: readText(root, 'summary', context),
      background: readText(root, 'background', context),
    }),
  }
  return finishBuild(document, context)
}

/** A decision item: a prose string (as in the 2025 memo), or `{ text, sections }` for one that decides on several sections. */
function readDecisionItem(node: YamlNode, path: string, context: BuildContext): DecisionItem {
  if (node.type !== 'map') return { text: locateText(node, context), at: rangeOf(node, context) }
  return {
    text: requireText(node, 'text', context),
    at: rangeOf(node, context),
    ...compact({ sections: readDecidedSections(node, `${path}.sections`, context) }),
  }
}

/** `sections: [a, b]`, or `sections: all`; another text is `schema/invalid-value` and decides on nothing. */
function readDecidedSections(item: YamlMap, path: string, context: BuildContext): DecisionItem['sections'] {
  const sections = findValue(item, 'sections')
  if (sections === undefined) return undefined
  if (sections.type === 'seq') return { ids: sections.items.map((id) => locateText(id, context)) }
  const found = locateText(sections, context)
  if (found.value === 'all') return { all: found.at, ids: [] }
  context.diagnostics.push(
    createDiagnostic(
      'schema/invalid-value',
      { path, found: found.value, expected: 'constant', allowed: 'all' },
      found.at,
    ),
  )
  return undefined
}

/**
 * `decisionLead`, the memo's own sentence before the decision items. It
 * replaces "<decisionBody> ställer sig bakom", so both together is
 * `schema/conflicting-keys` at `decisionLead`.
 */
function readDecisionLead(root: YamlMap, context: BuildContext): DecisionItem['text'] | undefined {
  const pair = findPair(root, 'decisionLead')
  if (!pair) return undefined
  if (findPair(root, 'decisionBody')) {
    const keys = 'decisionBody decisionLead'
    context.diagnostics.push(
      createDiagnostic(
        'schema/conflicting-keys',
        { keys, allowed: keys, path: '' },
        { file: context.file, span: pair.keySpan },
      ),
    )
  }
  return readText(root, 'decisionLead', context)
}

/** `memo`: the order of the memo's parts and the optional summary tables. The schema holds the values. */
function readMemoLayout(root: YamlMap, context: BuildContext): MemoLayout | undefined {
  const memo = readMap(root, 'memo')
  if (!memo) return undefined
  const order = findValue(memo, 'order')
  if (order?.type === 'seq')
    checkUniqueIds(
      order.items.map((item) => ({ id: locateText(item, context) })),
      'memo-part',
      context,
    )
  const flag = (key: string) => {
    const node = findValue(memo, key)
    return node && locateValue(readBoolean(memo, key) === true, node, context)
  }
  return compact({
    order:
      order?.type === 'seq'
        ? locateValue(
            order.items.map((item) => locateText(item, context).value as MemoPart),
            order,
            context,
          )
        : undefined,
    sectionSummary: flag('sectionSummary'),
    goalSummary: flag('goalSummary'),
  })
}

function locateValue<T>(value: T, node: YamlNode, context: BuildContext): LocatedValue<T> {
  return new LocatedValue(value, context.file, node.span[0], node.span[1])
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
      tolerance: tolerance && {
        amount: requireAmount(tolerance, 'amount', context),
        reason: requireText(tolerance, 'reason', context),
      },
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
      createDiagnostic(
        'schema/conflicting-keys',
        { keys, allowed: keys, path },
        { file: context.file, span: pair.keySpan },
      ),
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
