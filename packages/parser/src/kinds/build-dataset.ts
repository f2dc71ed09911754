import type { CsvImport, DatasetDocument, DatasetUnit, Measure } from '../model/documents.js'
import type { Located } from '../model/source.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import {
  checkUniqueIds,
  compact,
  createBuildContext,
  finishBuild,
  type BuildContext,
  type BuildResult,
} from './build-context.js'
import { readHeader } from './read-header.js'
import {
  locateKey,
  locateText,
  rangeOf,
  readEntries,
  readInteger,
  readMapItems,
  readMap,
  readText,
  requireMap,
  requireText,
} from './read-fields.js'
import { readAmount } from './read-literal-fields.js'
import { readUnitValues } from './read-unit-values.js'

/**
 * Builds the typed Dataset from a tree its schema accepted. Units come from
 * `units:`; a dataset with `csv:` has no units yet (the workspace reads the
 * CSV file). Measure ids and unit ids must each be unique (`schema/duplicate-id`).
 *
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildDataset(root: YamlMap, file: string): BuildResult<DatasetDocument> {
  const context = createBuildContext(file)
  const source = requireMap(root, 'source')
  const measures = readMapItems(root, 'measures').map((map) => readMeasure(map, context))
  const units = readMapItems(root, 'units').map((map, index) => readUnit(map, index, context))
  checkUniqueIds(measures, 'measure', context)
  checkUniqueIds(units, 'unit', context)
  const csv = readMap(root, 'csv')
  const document: DatasetDocument = {
    ...readHeader(root, 'Dataset', context),
    unitKind: requireText(root, 'unitKind', context),
    referenceDate: requireText(root, 'referenceDate', context),
    source: {
      publisher: requireText(source, 'publisher', context),
      ...compact({
        table: readText(source, 'table', context),
        url: readText(source, 'url', context),
        note: readText(source, 'note', context),
        retrieved: readText(source, 'retrieved', context),
        selection: readSelection(readMap(source, 'selection'), context),
        file: readText(source, 'file', context),
        sha256: readText(source, 'sha256', context),
      }),
    },
    measures,
    units,
    ...compact({ csv: csv && readCsv(csv, context) }),
  }
  return finishBuild(document, context)
}

/** The `source.selection` of an imported dataset, when the schema admitted it. */
function readSelection(
  map: YamlMap | undefined,
  context: BuildContext,
): NonNullable<DatasetDocument['source']['selection']> | undefined {
  if (!map) return undefined
  return {
    region: requireText(map, 'region', context),
    time: requireText(map, 'time', context),
    ...compact({ age: readText(map, 'age', context) }),
  }
}

function readMeasure(map: YamlMap, context: BuildContext): Measure {
  return {
    id: requireText(map, 'id', context),
    ...compact({ title: readText(map, 'title', context), total: readAmount(map, 'total', context) }),
  }
}

function readUnit(map: YamlMap, index: number, context: BuildContext): DatasetUnit {
  return {
    id: requireText(map, 'id', context),
    name: requireText(map, 'name', context).value,
    values: readUnitValues(requireMap(map, 'values'), `units[${index}].values`, context),
    at: rangeOf(map, context),
    ...compact({ group: readText(map, 'group', context)?.value }),
  }
}

function readCsv(map: YamlMap, context: BuildContext): CsvImport {
  const delimiter = readText(map, 'delimiter', context)
  return {
    path: requireText(map, 'path', context),
    unit: requireText(map, 'unit', context),
    measures: readEntries(map, 'measures').map((pair) => ({
      measure: locateKey(pair, context),
      column: locateText(pair.value, context),
    })),
    rename: readEntries(map, 'rename').map((pair) => ({
      from: locateKey(pair, context),
      to: locateText(pair.value, context),
    })),
    at: rangeOf(map, context),
    ...compact({
      name: readText(map, 'name', context),
      group: readText(map, 'group', context),
      // The schema's enum admits only `;`, `,` and a tab.
      delimiter: delimiter as Located<';' | ',' | '\t'> | undefined,
      skipRows: readInteger(map, 'skipRows', context),
    }),
  }
}
