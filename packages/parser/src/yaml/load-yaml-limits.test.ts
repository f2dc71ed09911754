import { describe, expect, test } from 'vitest'
import { locateDiagnostics } from './__fixtures__/locate-spans.js'
import { defaultYamlLimits, resolveYamlLimits } from './limits.js'
import { loadYaml } from './load-yaml.js'

/** `n` flow lists nested in each other: `[[…]]`. */
const nestFlow = (n: number): string => '['.repeat(n) + ']'.repeat(n)
/** `n` block mappings nested in each other, indented `indent` spaces per level. */
const nestBlock = (n: number, indent: number): string =>
  Array.from({ length: n }, (_, i) => `${' '.repeat(i * indent)}k${i + 1}:${i + 1 === n ? ' end' : ''}`).join('\n')

describe('the limits', () => {
  test('are frozen defaults', () => {
    expect(defaultYamlLimits).toEqual({
      maxFileBytes: 1_048_576,
      maxDepth: 64,
      maxAliasExpansions: 1000,
      maxNodes: 200_000,
      maxDocuments: 1,
    })
    expect(Object.isFrozen(defaultYamlLimits)).toBe(true)
    expect(resolveYamlLimits({ maxDepth: 10_000 }).maxDepth).toBe(256)
  })
})

describe('loadYaml: syntax/too-deep', () => {
  test('accepts 64 levels of flow lists and refuses 65 at the 65th', () => {
    // The root mapping is level 1, so 63 lists make 64 levels.
    expect(loadYaml(`a: ${nestFlow(63)}`, 'spec.yaml').diagnostics).toEqual([])
    // With 64 lists, the 64th "[" (offset 3 + 63, column 67) is level 65.
    const text = `a: ${nestFlow(64)}`
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:67-1:68 error syntax/too-deep'])
    expect(diagnostics[0]?.message.en).toBe(
      'Here mappings and lists are nested deeper than 64 levels, which no spec needs; the file was not read past this point.',
    )
    expect(root).toBeUndefined()
  })

  test('accepts 64 levels of block mappings and refuses 65 at the 65th', () => {
    expect(loadYaml(nestBlock(64, 2), 'spec.yaml').diagnostics).toEqual([])
    // Mapping 65 starts with its key k65 on line 65, indented 2 × 64 spaces: column 129.
    const text = nestBlock(65, 2)
    expect(locateDiagnostics(text, loadYaml(text, 'spec.yaml').diagnostics)).toEqual([
      '65:129-65:130 error syntax/too-deep',
    ])
  })

  test('refuses 10 000 levels of flow lists without throwing', () => {
    const text = `a: ${nestFlow(10_000)}`
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:67-1:68 error syntax/too-deep'])
  })

  test('refuses 10 000 unclosed [ and {', () => {
    const text = `a: ${'[{a: '.repeat(5000)}`
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    // Repeat j (0-based) of "[{a: " opens "[" at level 2j + 2 and "{" at 2j + 3.
    // Level 65 is the "{" of repeat 31: offset 3 + 5 × 31 + 1 = 159, column 160.
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:160-1:161 error syntax/too-deep'])
  })

  test('refuses 10 000 levels of block mappings and of compact block lists', () => {
    // One space of indentation per level keeps the text at 50 million characters.
    const maps = nestBlock(10_000, 1)
    const lists = `a:\n${'- '.repeat(10_000)}x\n`
    const fromMaps = loadYaml(maps, 'maps.yaml')
    const fromLists = loadYaml(lists, 'lists.yaml')
    // Mapping 65: line 65, indented 64 spaces. List 64 (level 65): the 64th "-" at column 2 × 63 + 1.
    expect(locateDiagnostics(maps, fromMaps.diagnostics)).toEqual(['65:65-65:66 error syntax/too-deep'])
    expect(locateDiagnostics(lists, fromLists.diagnostics)).toEqual(['2:127-2:128 error syntax/too-deep'])
  })

  test('never lets maxDepth exceed 256, which the yaml composer survives', () => {
    expect(loadYaml(`a: ${nestFlow(255)}`, 'spec.yaml', { maxDepth: 100_000 }).diagnostics).toEqual([])
    expect(loadYaml(nestBlock(256, 1), 'spec.yaml', { maxDepth: 100_000 }).diagnostics).toEqual([])
    const text = `a: ${nestFlow(10_000)}`
    const { diagnostics } = loadYaml(text, 'spec.yaml', { maxDepth: 100_000 })
    // Level 257 is list 256, at offset 3 + 255.
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:259-1:260 error syntax/too-deep'])
    expect(diagnostics[0]?.message.sv).toBe(
      'Här är mappningar och listor nästlade djupare än 256 nivåer, vilket ingen spec behöver; filen lästes inte längre än hit.',
    )
  })

  test('counts the depth an alias brings with it', () => {
    // With maxDepth 4: the root is level 1 and &a's three lists levels 2–4.
    // *a sits in a list at level 2, so its lists would be levels 3–5.
    const text = 'a: &a [[[1]]]\nb: [*a]\n'
    expect(locateDiagnostics(text, loadYaml(text, 'spec.yaml', { maxDepth: 4 }).diagnostics)).toEqual([
      '2:5-2:6 error syntax/too-deep',
    ])
    expect(loadYaml(text, 'spec.yaml', { maxDepth: 5 }).diagnostics).toEqual([])
  })
})

describe('loadYaml: syntax/alias-limit', () => {
  test('stops a billion-laughs bomb at the alias that would pass maxNodes', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
      ['h', 'i'],
    ]) {
      lines.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`)
    }
    const text = lines.join('\n')
    // Nodes (the root mapping is 1): a = 1 + 9 = 10, running total 11.
    // b = 1 + 9 × 10 = 91 (total 102); c = 1 + 9 × 91 = 820 (922);
    // d = 1 + 9 × 820 = 7 381 (8 303); e = 1 + 9 × 7 381 = 66 430 (74 733).
    // f's list makes 74 734, its first *e 141 164, and its second *e would
    // make 207 594 > 200 000. That alias is on line 6 at column 7 + 4 + 1 = 12.
    const { root, diagnostics } = loadYaml(text, 'bomb.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['6:12-6:14 error syntax/alias-limit'])
    expect(diagnostics[0]?.message.en).toBe(
      'The alias "*e" was not expanded: the file would then consist of more than 200 000 values. The limit guards against files that blow up when aliases are unpacked; no further aliases are expanded.',
    )
    const f = root?.type === 'map' ? root.entries[5]?.value : undefined
    expect(f?.type === 'seq' && f.items.slice(0, 3).map((item) => item.type)).toEqual(['seq', 'scalar', 'scalar'])
  })

  test('stops at alias use number maxAliasExpansions + 1, once', () => {
    // 1 002 uses of *x: use 1 001 is refused, the 1 002nd is left unexpanded silently.
    // Line 2 is "l: [" then "*x, " per use, so use 1 001 starts at column 5 + 4 × 1 000.
    const text = `x: &x 1\nl: [${Array(1002).fill('*x').join(', ')}]\n`
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['2:4005-2:4007 error syntax/alias-limit'])
    expect(diagnostics[0]?.message.sv).toBe(
      'Aliaset "*x" expanderades inte: filen använder fler än 1 000 alias. Gränsen skyddar mot filer som växer explosivt när alias packas upp; inga fler alias expanderas.',
    )
    const list = root?.type === 'map' ? root.entries[1]?.value : undefined
    const values =
      list?.type === 'seq' ? list.items.map((item) => (item.type === 'scalar' ? item.value : item.type)) : []
    expect(values.slice(998)).toEqual([1, 1, null, null])
  })

  test('reports an alias to no anchor, or inside its own anchor', () => {
    const text = 'a: *nope\nb: &b [*b]\n'
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual([
      '1:4-1:9 error syntax/unresolved-alias',
      '2:8-2:10 error syntax/unresolved-alias',
    ])
    expect(diagnostics.map((d) => d.message.en)).toEqual([
      'The alias "*nope" does not point to any anchor "&nope" earlier in the file.',
      'The alias "*b" is inside the value its anchor "&b" marks, so the value would contain itself.',
    ])
  })
})

describe('loadYaml: syntax/multiple-documents', () => {
  test('refuses a second document at its "---" and keeps the first', () => {
    const text = 'a: 1\n---\nb: 2\n'
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['2:1-2:4 error syntax/multiple-documents'])
    expect(root?.type === 'map' && root.entries.map((entry) => entry.key)).toEqual(['a'])
  })

  test('refuses a document that starts after "..." without "---" at its first character', () => {
    const text = 'a: 1\n...\nb: 2\n'
    expect(locateDiagnostics(text, loadYaml(text, 'spec.yaml').diagnostics)).toEqual([
      '3:1-3:1 error syntax/multiple-documents',
    ])
  })

  test('accepts up to maxDocuments, reading the first', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: 3\n'
    const { root, diagnostics } = loadYaml(text, 'spec.yaml', { maxDocuments: 2 })
    expect(locateDiagnostics(text, diagnostics)).toEqual(['4:1-4:4 error syntax/multiple-documents'])
    expect(root?.type === 'map' && root.entries.map((entry) => entry.key)).toEqual(['a'])
  })

  test('accepts one document with explicit markers', () => {
    expect(loadYaml('%YAML 1.2\n---\na: 1\n...\n', 'spec.yaml').diagnostics).toEqual([])
  })
})
