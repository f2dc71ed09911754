import type {
  AgreementArea,
  AgreementCell,
  AgreementColumn,
  AgreementDocument,
  CellRule,
  UnitGroup,
} from '../model/documents.js'
import type { YamlMap, YamlPair } from '../yaml/yaml-node.js'
import {
  checkUniqueIds,
  compact,
  createBuildContext,
  finishBuild,
  type BuildContext,
  type BuildResult,
  type SpecDefaults,
} from './build-context.js'
import { readHeader } from './read-header.js'
import {
  asMap,
  locateKey,
  rangeOf,
  readEntries,
  readInteger,
  readMap,
  readMapItems,
  readText,
  readTextList,
  requireInteger,
  requireText,
} from './read-fields.js'
import { locateAmount, readAmount, readRounding, requireAmount } from './read-literal-fields.js'

/**
 * Builds the typed Agreement from a tree its schema accepted: unit groups,
 * columns and areas in document order, each area's `cells` mapping as a
 * list of cells in the order written. Column, area and unit-group ids must
 * each be unique (`schema/duplicate-id`).
 *
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildAgreement(
  root: YamlMap,
  file: string,
  defaults: SpecDefaults = {},
): BuildResult<AgreementDocument> {
  const context = createBuildContext(file, defaults)
  const unitGroups = readMapItems(root, 'unitGroups').map((map) => readUnitGroup(map, context))
  const columns = readMapItems(root, 'columns').map((map) => readColumn(map, context))
  const areas = readMapItems(root, 'areas').map((map) => readArea(map, context))
  checkUniqueIds(unitGroups, 'unit-group', context)
  checkUniqueIds(columns, 'column', context)
  checkUniqueIds(areas, 'area', context)
  const document: AgreementDocument = {
    ...readHeader(root, 'Agreement', context),
    year: requireInteger(root, 'year', context),
    signedBy: readTextList(root, 'signedBy', context),
    rounding: readRounding(root, context),
    unitGroups,
    columns,
    areas,
    ...compact({ source: readText(root, 'source', context), total: readAmount(root, 'total', context) }),
  }
  return finishBuild(document, context)
}

function readUnitGroup(map: YamlMap, context: BuildContext): UnitGroup {
  return {
    id: requireText(map, 'id', context),
    units: readTextList(map, 'units', context),
    ...compact({ title: readText(map, 'title', context), note: readText(map, 'note', context) }),
  }
}

function readColumn(map: YamlMap, context: BuildContext): AgreementColumn {
  return {
    id: requireText(map, 'id', context),
    title: requireText(map, 'title', context),
    at: rangeOf(map, context),
    ...compact({
      dataset: readText(map, 'dataset', context),
      recipient: readText(map, 'recipient', context),
      total: readAmount(map, 'total', context),
      referenceDate: readText(map, 'referenceDate', context),
    }),
  }
}

function readArea(map: YamlMap, context: BuildContext): AgreementArea {
  return {
    id: requireText(map, 'id', context),
    title: requireText(map, 'title', context),
    cells: readEntries(map, 'cells').map((pair) => readCell(pair, context)),
    at: rangeOf(map, context),
    ...compact({ number: readInteger(map, 'number', context), total: readAmount(map, 'total', context) }),
  }
}

function readCell(pair: YamlPair, context: BuildContext): AgreementCell {
  const map = asMap(pair.value)
  return {
    column: locateKey(pair, context),
    amount: requireAmount(map, 'amount', context),
    rules: readMapItems(map, 'rules').map((rule) => readRule(rule, context)),
    at: rangeOf(map, context),
  }
}

function readRule(map: YamlMap, context: BuildContext): CellRule {
  const title = readText(map, 'title', context)
  const at = rangeOf(map, context)
  const rest = readMap(map, 'rest')
  if (rest) return { type: 'rest', by: requireText(rest, 'by', context), at, ...compact({ title }) }
  const each = readAmount(map, 'each', context)
  if (!each) throw new Error('kinds: an agreement rule without each or rest passed the schema')
  const except = readEntries(map, 'except').map((entry) => ({
    target: locateKey(entry, context),
    amount: locateAmount(entry.value, context),
  }))
  return { type: 'each', each, except, at, ...compact({ title }) }
}
