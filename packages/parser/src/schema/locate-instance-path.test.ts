import { expect, test } from 'vitest'
import { loadYaml } from '../yaml/load-yaml.js'
import { appendKeyToPath, locateInstancePath } from './locate-instance-path.js'

const text = 'csv:\n  rename:\n    "a/b": c\n    Lilla Edet: L\nlist: [x, y]\n'
const { root } = loadYaml(text, 'test.yaml')

test('follows a JSON pointer through mappings and lists, unescaping ~1', () => {
  const location = locateInstancePath(root!, '/csv/rename/a~1b')
  expect(location.path).toBe('csv.rename["a/b"]')
  expect(location.pair?.key).toBe('a/b')
  expect(text.slice(location.node.span[0], location.node.span[1])).toBe('c')
  const item = locateInstancePath(root!, '/list/1')
  expect([item.path, item.pair, text.slice(item.node.span[0], item.node.span[1])]).toEqual(['list[1]', undefined, 'y'])
})

test('stops at the deepest node that exists', () => {
  expect(locateInstancePath(root!, '/list/7').path).toBe('list')
  expect(locateInstancePath(root!, '').path).toBe('')
})

test('appendKeyToPath quotes keys that are not plain words', () => {
  expect(appendKeyToPath('csv.rename', 'Lilla Edet')).toBe('csv.rename["Lilla Edet"]')
  expect(appendKeyToPath('', 'funds')).toBe('funds')
})
