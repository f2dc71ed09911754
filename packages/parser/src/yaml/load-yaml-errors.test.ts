import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { syntaxRules } from '../diagnostics/catalog/syntax.js'
import { locateDiagnostics } from './__fixtures__/locate-spans.js'
import { loadYaml } from './load-yaml.js'
import { propertyOptions } from '../../../../test/properties/property-options.js'

describe('loadYaml: errors of the yaml package', () => {
  test('reports a tab in the indentation at the tab', () => {
    const text = 'a:\n\tb: 1\n'
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['2:1-2:2 error yaml/tab-as-indent'])
    expect(diagnostics[0]?.message).toEqual({
      sv: 'Raden är indragen med tabbtecken; YAML tillåter bara mellanslag som indrag. (YAML-tolkens beskrivning: Tabs are not allowed as indentation)',
      en: 'The line is indented with tab characters; YAML allows only spaces for indentation. (the YAML parser says: Tabs are not allowed as indentation)',
    })
  })

  test('reports an unterminated quoted string at the end of the text', () => {
    // The text is 8 characters; yaml points just past its end, line 2.
    const text = 'a: "abc\n'
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['2:1-2:1 error yaml/missing-char'])
    expect(diagnostics[0]?.message.en).toContain('Missing closing "quote')
  })

  test.each([
    // A flow list left open: the next line is not indented enough to continue it.
    ['a: [b, c\nd: 1\n', ['2:1-2:2 error yaml/bad-indent']],
    // Block style ("key: value" over lines) inside { }.
    ['a: { b: 1\n  c: 2 }\n', ['1:9-2:4 error yaml/multiline-implicit-key', '1:9-2:8 error yaml/block-in-flow']],
    // A block list item inside [ ].
    ['a: [b: - c]\n', ['1:8-1:10 error yaml/block-in-flow', '1:10-1:11 error yaml/missing-char']],
    // A mapping entry where a list item was expected.
    ['a:\n  - b\n  c: d\n', ['3:1-3:2 error yaml/bad-indent']],
  ])('reports flow and block style mixed up in %j', (text, expected) => {
    expect(locateDiagnostics(text, loadYaml(text, 'spec.yaml').diagnostics)).toEqual(expected)
  })

  test('keeps a yaml warning a warning', () => {
    const text = 'a: !belopp 7 000 000\n'
    expect(locateDiagnostics(text, loadYaml(text, 'spec.yaml').diagnostics)).toEqual([
      '1:4-1:11 warning yaml/tag-resolve-failed',
    ])
  })

  test('has a rule for every error code of the yaml package', () => {
    expect(Object.keys(syntaxRules).filter((code) => code.startsWith('yaml/'))).toMatchInlineSnapshot(`
      [
        "yaml/alias-props",
        "yaml/bad-alias",
        "yaml/bad-directive",
        "yaml/bad-dq-escape",
        "yaml/bad-indent",
        "yaml/bad-prop-order",
        "yaml/bad-scalar-start",
        "yaml/block-as-implicit-key",
        "yaml/block-in-flow",
        "yaml/duplicate-key",
        "yaml/impossible",
        "yaml/key-over-1024-chars",
        "yaml/missing-char",
        "yaml/multiline-implicit-key",
        "yaml/multiple-anchors",
        "yaml/multiple-docs",
        "yaml/multiple-tags",
        "yaml/non-string-key",
        "yaml/resource-exhaustion",
        "yaml/tab-as-indent",
        "yaml/tag-resolve-failed",
        "yaml/unexpected-token",
        "yaml/bad-collection-type",
      ]
    `)
  })

  test('never throws, and every span lies within the text', () => {
    const piece = fc.constantFrom(
      'a',
      'b: ',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      ':',
      '"',
      "'",
      '&x ',
      '*x',
      '\n',
      '  ',
      '\t',
      '#',
      '---\n',
      '? ',
      '|\n',
      '!t ',
      '0.1',
      '\\',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const { diagnostics } = loadYaml(text, 'fuzz.yaml')
        for (const { span } of diagnostics) {
          expect(span[0]).toBeGreaterThanOrEqual(0)
          expect(span[0]).toBeLessThanOrEqual(span[1])
          // yaml may point one past the end for a missing closing character.
          expect(span[1]).toBeLessThanOrEqual(text.length + 1)
        }
      }),
      propertyOptions('never throws, and every span lies within the text', 2000),
    )
  })
})

describe('loadYaml: syntax/empty-document', () => {
  test.each([
    ['an empty text', '', '1:1-1:1'],
    ['only comments', '# bara en kommentar\n# och en till\n', '1:1-1:1'],
    // "---" alone opens a document with nothing in it: point at the marker.
    ['a lone ---', '---\n', '1:1-1:4'],
    ['--- and a comment', '---\n# tom\n', '1:1-1:4'],
  ])('reports %s', (_name, text, where) => {
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual([`${where} error syntax/empty-document`])
    expect(root).toBeUndefined()
  })
})

describe('loadYaml: syntax/not-a-mapping', () => {
  test('reports a list at the root and still returns it', () => {
    const text = '- a\n- b\n'
    const { root, diagnostics } = loadYaml(text, 'spec.yaml')
    // The list runs from "-" to the end of the text.
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:1-3:1 error syntax/not-a-mapping'])
    expect(diagnostics[0]?.message.sv).toBe(
      'Filen består av en lista, men en spec måste vara en mappning med nycklar som "apiVersion" och "kind".',
    )
    expect(root?.type).toBe('seq')
  })

  test('reports a single value at the root', () => {
    const text = 'bara text\n'
    const { diagnostics } = loadYaml(text, 'spec.yaml')
    expect(locateDiagnostics(text, diagnostics)).toEqual(['1:1-1:10 error syntax/not-a-mapping'])
    expect(diagnostics[0]?.message.en).toContain('a single value')
  })
})
