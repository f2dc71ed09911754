import type { AllocationDocument, AllocationSection, AllocationStep, Fund } from '../model/documents.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import { checkUniqueIds, compact, createBuildContext, finishBuild, type BuildContext, type BuildResult, type SpecDefaults } from './build-context.js'
import { readAllocationLine } from './read-allocation-line.js'
import { readHeader } from './read-header.js'
import { rangeOf, readItems, readMap, readMapItems, readText, readTextList, requireInteger, requireText, locateText } from './read-fields.js'
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
  const funds = readMapItems(root, 'funds').map((map) => readFund(map, context))
  const sections = readMapItems(root, 'sections').map((map) => readSection(map, context))
  checkUniqueIds(funds, 'fund', context)
  checkUniqueIds(sections, 'section', context)
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

function readFund(map: YamlMap, context: BuildContext): Fund {
  const from = readMap(map, 'from')
  const tolerance = readMap(map, 'tolerance')
  return {
    id: requireText(map, 'id', context),
    at: rangeOf(map, context),
    ...compact({
      title: readText(map, 'title', context),
      amount: readAmount(map, 'amount', context),
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

function readSection(map: YamlMap, context: BuildContext): AllocationSection {
  const links = readMap(map, 'links')
  return {
    id: requireText(map, 'id', context),
    title: requireText(map, 'title', context),
    fund: requireText(map, 'fund', context),
    steps: readMapItems(map, 'steps').map((step) => readStep(step, context)),
    at: rangeOf(map, context),
    ...compact({
      links: links && { subgoals: readTextList(links, 'subgoals', context), ...compact({ area: readText(links, 'area', context) }) },
      decision: readText(map, 'decision', context),
      text: readText(map, 'text', context),
    }),
  }
}

function readStep(map: YamlMap, context: BuildContext): AllocationStep {
  return {
    lines: readMapItems(map, 'lines').map((line) => readAllocationLine(line, context)),
    at: rangeOf(map, context),
    ...compact({ title: readText(map, 'title', context) }),
  }
}
