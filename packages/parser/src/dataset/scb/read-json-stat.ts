import { parse, type AnyNode, type DocumentNode, type ObjectNode } from '@humanwhocodes/momoa'
import { Rational } from '../../money/rational.js'
import {
  importProblem,
  type ImportProblem,
  type StatCategory,
  type StatObservation,
  type StatPosition,
  type StatTableResult,
  type StatValue,
} from './stat-table.js'

/** The most cells a response may have; SCB answers at most 150 000 per request. */
export const MAX_STAT_CELLS = 1_000_000

/** A dimension as the reader needs it: its categories in index order. */
interface Dimension {
  readonly id: string
  readonly label: string
  readonly categories: readonly StatCategory[]
}

class JsonStatError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message.en)
  }
}

/**
 * Reads a PxWeb API response in JSON-stat 2.0 (`outputFormat=json-stat2`):
 * a `dataset` with `id`, `size`, `dimension` (each category's `index` and
 * `label`), `value` as an array or a sparse object, and `status` for the
 * symbols of missing values. The dimensions are told apart by `role`
 * (`geo`, `time`, `metric`), else by SCB's names `Region`, `Tid` and
 * `ContentsCode`; `Alder` is the age. Numbers are read from their text, never
 * through a float. Problems carry the line and column in the file.
 */
export function readJsonStat(text: string): StatTableResult {
  let document: DocumentNode
  try {
    document = parse(text.startsWith('\uFEFF') ? text.slice(1) : text, { ranges: true })
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number }
    const at = line !== undefined && column !== undefined ? { line, column } : undefined
    const detail = error instanceof Error ? error.message : String(error)
    return {
      problems: [importProblem(`Filen är inte giltig JSON: ${detail}`, `The file is not valid JSON: ${detail}`, at)],
    }
  }
  try {
    return { table: readDataset(document.body, text.startsWith('\uFEFF') ? 1 : 0, text), problems: [] }
  } catch (error) {
    if (error instanceof JsonStatError) return { problems: [error.problem] }
    throw error
  }
}

function readDataset(root: AnyNode, offset: number, text: string) {
  const dataset = expectObject(root, 'dataset')
  const kind = member(dataset, 'class')
  if (kind?.type !== 'String' || kind.value !== 'dataset') {
    fail(
      root,
      'Filen är inte ett JSON-stat 2.0-dataset (class: "dataset" saknas). Hämta tabellen med outputFormat=json-stat2, eller exportera den som CSV.',
      'The file is not a JSON-stat 2.0 dataset (class: "dataset" is missing). Fetch the table with outputFormat=json-stat2, or export it as CSV.',
    )
  }
  const ids = readStrings(requireMember(dataset, 'id'), 'id')
  const sizes = readSizes(requireMember(dataset, 'size'), ids.length)
  const dimensionNode = expectObject(requireMember(dataset, 'dimension'), 'dimension')
  const dimensions = ids.map((id, index) => readDimension(id, requireMember(dimensionNode, id), sizes[index] as number))
  const role = readRoles(member(dataset, 'role'))
  const find = (roleName: string, fallback: string) =>
    dimensions.findIndex((d) => d.id === (role.get(roleName) ?? fallback))
  const regionIndex = find('geo', 'Region')
  const timeIndex = find('time', 'Tid')
  const contentIndex = find('metric', 'ContentsCode')
  const ageIndex = dimensions.findIndex((d) => d.id === 'Alder')
  for (const [index, name] of [
    [regionIndex, 'Region'],
    [timeIndex, 'Tid'],
    [contentIndex, 'ContentsCode'],
  ] as const) {
    if (index < 0) fail(dimensionNode, `Tabellen har ingen dimension ${name}.`, `The table has no ${name} dimension.`)
  }
  const cellCount = sizes.reduce((product, size) => product * size, 1)
  if (cellCount > MAX_STAT_CELLS) {
    fail(
      root,
      `Tabellen har ${cellCount} celler, fler än ${MAX_STAT_CELLS}. Välj färre värden.`,
      `The table has ${cellCount} cells, more than ${MAX_STAT_CELLS}. Select fewer values.`,
    )
  }
  const values = readValues(
    requireMember(dataset, 'value'),
    cellCount,
    readStatus(member(dataset, 'status'), cellCount),
    offset,
    text,
  )
  const observations: StatObservation[] = []
  const coordinates = sizes.map(() => 0)
  for (let cell = 0; cell < cellCount; cell += 1) {
    const category = (index: number) =>
      (dimensions[index] as Dimension).categories[coordinates[index] as number] as StatCategory
    const other = new Map<string, StatCategory>()
    dimensions.forEach((dimension, index) => {
      if (![regionIndex, timeIndex, contentIndex, ageIndex].includes(index)) other.set(dimension.label, category(index))
    })
    const value = values[cell] as { value: StatValue; at: StatPosition }
    observations.push({
      region: category(regionIndex),
      ...(ageIndex < 0 ? {} : { age: category(ageIndex) }),
      content: category(contentIndex),
      time: category(timeIndex).code,
      other,
      value: value.value,
      at: value.at,
    })
    // Row-major: the last dimension varies fastest.
    for (let index = sizes.length - 1; index >= 0; index -= 1) {
      coordinates[index] = (coordinates[index] as number) + 1
      if ((coordinates[index] as number) < (sizes[index] as number)) break
      coordinates[index] = 0
    }
  }
  const tableId = readTableId(dataset)
  const label = member(dataset, 'label')
  return {
    format: 'json-stat2' as const,
    ...(tableId === undefined ? {} : { tableId }),
    ...(label?.type === 'String' ? { title: label.value } : {}),
    observations,
  }
}

function readDimension(id: string, node: AnyNode, size: number): Dimension {
  const dimension = expectObject(node, `dimension.${id}`)
  const category = expectObject(requireMember(dimension, 'category'), `dimension.${id}.category`)
  const labelNode = member(category, 'label')
  const labels = new Map<string, string>()
  if (labelNode) {
    for (const entry of expectObject(labelNode, `dimension.${id}.category.label`).members) {
      if (entry.value.type !== 'String')
        fail(
          entry.value,
          `Etiketten för ${stringKey(entry.name)} ska vara text.`,
          `The label of ${stringKey(entry.name)} must be text.`,
        )
      labels.set(stringKey(entry.name), entry.value.value)
    }
  }
  const indexNode = member(category, 'index')
  let codes: string[]
  if (!indexNode) codes = [...labels.keys()]
  else if (indexNode.type === 'Array') codes = readStrings(indexNode, `dimension.${id}.category.index`)
  else {
    const index = expectObject(indexNode, `dimension.${id}.category.index`)
    codes = new Array<string>(index.members.length)
    for (const entry of index.members) {
      const position = entry.value.type === 'Number' ? entry.value.value : -1
      if (!Number.isInteger(position) || position < 0 || position >= codes.length || codes[position] !== undefined) {
        fail(
          entry.value,
          `Ogiltig position för ${stringKey(entry.name)} i dimension ${id}.`,
          `Invalid position for ${stringKey(entry.name)} in dimension ${id}.`,
        )
      }
      codes[position] = stringKey(entry.name)
    }
  }
  if (codes.length !== size) {
    fail(
      category,
      `Dimension ${id} har ${codes.length} kategorier men size säger ${size}.`,
      `Dimension ${id} has ${codes.length} categories but size says ${size}.`,
    )
  }
  const dimensionLabel = member(dimension, 'label')
  return {
    id,
    label: dimensionLabel?.type === 'String' ? dimensionLabel.value : id,
    categories: codes.map((code) => ({ code, label: labels.get(code) ?? code })),
  }
}

function readValues(
  node: AnyNode,
  cellCount: number,
  status: (index: number) => string | undefined,
  offset: number,
  text: string,
) {
  const values = new Array<{ value: StatValue; at: StatPosition }>(cellCount)
  const read = (index: number, valueNode: AnyNode) => {
    values[index] = { value: readValue(valueNode, status(index), offset, text), at: position(valueNode) }
  }
  if (node.type === 'Array') {
    if (node.elements.length !== cellCount) {
      fail(
        node,
        `value har ${node.elements.length} värden men dimensionerna ger ${cellCount} celler.`,
        `value has ${node.elements.length} values but the dimensions make ${cellCount} cells.`,
      )
    }
    for (const [index, element] of node.elements.entries()) read(index, element.value)
    return values
  }
  const sparse = expectObject(node, 'value')
  for (const entry of sparse.members) {
    const index = Number(stringKey(entry.name))
    if (!Number.isInteger(index) || index < 0 || index >= cellCount) {
      fail(
        entry.name,
        `value har en cell ${stringKey(entry.name)} utanför tabellen.`,
        `value has a cell ${stringKey(entry.name)} outside the table.`,
      )
    }
    read(index, entry.value)
  }
  for (let index = 0; index < cellCount; index += 1) {
    values[index] ??= { value: { type: 'missing', symbol: status(index) ?? '..' }, at: position(sparse) }
  }
  return values
}

// A weight is never negative and SCB writes plain decimals; an exponent is refused rather than guessed at.
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/u

function readValue(node: AnyNode, status: string | undefined, offset: number, text: string): StatValue {
  if (node.type === 'Null') return { type: 'missing', symbol: status ?? '..' }
  if (node.type !== 'Number') fail(node, 'Ett värde ska vara ett tal eller null.', 'A value must be a number or null.')
  const range = node.range as [number, number]
  const raw = text.slice(range[0] + offset, range[1] + offset)
  if (!PLAIN_NUMBER.test(raw))
    fail(node, `Värdet ${raw} är inget tal ≥ 0 i decimalform.`, `The value ${raw} is not a number ≥ 0 in decimal form.`)
  return { type: 'number', value: Rational.fromDecimalString(raw) }
}

function readStatus(node: AnyNode | undefined, cellCount: number): (index: number) => string | undefined {
  if (!node) return () => undefined
  if (node.type === 'String') return () => node.value
  if (node.type === 'Array') {
    const symbols = node.elements.map((element) => (element.value.type === 'String' ? element.value.value : undefined))
    return (index) => (symbols.length === 1 ? symbols[0] : symbols[index])
  }
  const symbols = new Map<number, string>()
  for (const entry of expectObject(node, 'status').members) {
    if (entry.value.type === 'String') symbols.set(Number(stringKey(entry.name)), entry.value.value)
  }
  return (index) => (index < cellCount ? symbols.get(index) : undefined)
}

function readRoles(node: AnyNode | undefined): Map<string, string> {
  const roles = new Map<string, string>()
  if (node?.type !== 'Object') return roles
  for (const entry of node.members) {
    if (entry.value.type === 'Array' && entry.value.elements[0]?.value.type === 'String') {
      roles.set(stringKey(entry.name), entry.value.elements[0].value.value)
    }
  }
  return roles
}

function readTableId(dataset: ObjectNode): string | undefined {
  const extension = member(dataset, 'extension')
  const px = extension?.type === 'Object' ? member(extension, 'px') : undefined
  const tableId = px?.type === 'Object' ? member(px, 'tableid') : undefined
  return tableId?.type === 'String' && /^[A-Za-z0-9_-]{1,40}$/u.test(tableId.value) ? tableId.value : undefined
}

function readStrings(node: AnyNode, what: string): string[] {
  if (node.type !== 'Array') fail(node, `${what} ska vara en lista.`, `${what} must be a list.`)
  return node.elements.map((element) => {
    if (element.value.type !== 'String')
      fail(element.value, `${what} ska bara innehålla text.`, `${what} must hold only text.`)
    return element.value.value
  })
}

function readSizes(node: AnyNode, count: number): number[] {
  if (node.type !== 'Array' || node.elements.length !== count) {
    fail(
      node,
      `size ska ha ett tal per dimension i id (${count}).`,
      `size must have one number per dimension in id (${count}).`,
    )
  }
  return node.elements.map((element) => {
    const value = element.value.type === 'Number' ? element.value.value : -1
    if (!Number.isInteger(value) || value < 0)
      fail(element.value, 'size ska bara innehålla heltal ≥ 0.', 'size must hold only whole numbers ≥ 0.')
    return value
  })
}

function member(object: ObjectNode, key: string): AnyNode | undefined {
  return object.members.find((entry) => stringKey(entry.name) === key)?.value
}

function requireMember(object: ObjectNode, key: string): AnyNode {
  const value = member(object, key)
  if (!value) fail(object, `Nyckeln ${key} saknas.`, `The key ${key} is missing.`)
  return value
}

function expectObject(node: AnyNode, what: string): ObjectNode {
  if (node.type !== 'Object') fail(node, `${what} ska vara ett objekt.`, `${what} must be an object.`)
  return node
}

function stringKey(name: AnyNode): string {
  if (name.type === 'String') return name.value
  return name.type === 'Identifier' ? name.name : ''
}

function position(node: AnyNode): StatPosition {
  return { line: node.loc.start.line, column: node.loc.start.column }
}

function fail(node: AnyNode, sv: string, en: string): never {
  throw new JsonStatError(importProblem(sv, en, position(node)))
}
