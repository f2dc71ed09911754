import { beforeAll, describe, expect, test } from 'vitest'
import type { AllocationEvaluation } from '@fordela/engine'
import type { Prose } from '@fordela/parser'
import { byId, loadExamples } from '../__fixtures__/example-workspace.js'
import { findTokens, parseMarkdown, readBlockTypes, readPlainText } from '../__fixtures__/read-markdown.js'
import { markdownTree, serializeMarkdown } from '../mdast/serialize-markdown.js'
import { renderProse, type PlaceholderSource } from './render-prose.js'

const FILE = 'prosa.yaml'

let evaluation: AllocationEvaluation

beforeAll(async () => {
  evaluation = byId((await loadExamples()).evaluation.allocations, 'vg-2025-lansgemensamma-medel')
})

/** A prose field that is the whole of its file, so finding spans are offsets into `value`. */
function prose(value: string): { field: Prose; source: PlaceholderSource } {
  const field: Prose = { value, at: { file: FILE, span: [0, value.length] } }
  return { field, source: { evaluation, texts: new Map([[FILE, value]]) } }
}

function render(value: string, withPlaceholders = true) {
  const { field, source } = prose(value)
  const rendered = renderProse(field, withPlaceholders ? source : undefined)
  return {
    markdown: serializeMarkdown(markdownTree(rendered.blocks)).replaceAll('\u00a0', '~'),
    diagnostics: rendered.diagnostics,
  }
}

describe('renderProse', () => {
  test('paragraphs split on blank lines, "- " lines as bullets, indented lines continuing a bullet, *emphasis*', () => {
    const { markdown } = render(
      'Första stycket\nfortsätter här.\n\n- punkt ett\n  fortsätter\n- punkt *två*\n\nSista  stycket.\n',
    )
    expect(markdown).toBe('Första stycket fortsätter här.\n\n- punkt ett fortsätter\n- punkt *två*\n\nSista stycket.\n')
  })

  test('a line after a bullet that is not indented starts a paragraph', () => {
    expect(render('- en punkt\nEtt stycke.').markdown).toBe('- en punkt\n\nEtt stycke.\n')
  })

  test('placeholders render the computed value in each format', () => {
    // fund.strategi = 7 000 000; fund.suicidprevention = 20 908 944; VGR in komplexa behov 1 000 000 + 9 497 505.
    const { markdown, diagnostics } = render(
      '{{ fund.strategi }}; {{ fund.strategi | kronor }}; {{ fund.strategi | tal }}; {{ fund.strategi | ord }}; ' +
        '{{ fund.suicidprevention | ord }}; {{ year }}; {{ section.komplexa-behov.party.vgr }}; ' +
        '{{ total | says "drygt 61 miljoner kronor" }}.',
    )
    expect(diagnostics).toEqual([])
    expect(markdown).toBe(
      '7~000~000~kr; 7~000~000~kronor; 7~000~000; 7~miljoner kronor; drygt 20~miljoner kronor; 2025; 10~497~505~kr; drygt 61 miljoner kronor.\n',
    )
  })

  test('counts in words, and a comparison that cannot be checked printed as written beside its information finding', () => {
    // Komplexa behov has two steps of 2 + 3 lines; the 2025 memo names no previous allocation.
    const { markdown, diagnostics } = render(
      '{{ count(section.komplexa-behov.lines) }} rader, {{ count(section.komplexa-behov.lines) | tal }}; ' +
        '{{ change(total) | says "en ökning på drygt 10 miljoner" }}.',
    )
    expect(markdown).toBe('fem rader, 5; en ökning på drygt 10 miljoner.\n')
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['prose/previous-unavailable', 'info']])
  })

  test('a computed value never starts a list or emphasis', () => {
    // The value "7 000 000 kr" is text; the author's "*" around it is emphasis.
    expect(render('*{{ fund.strategi }}* och *x*').markdown).toBe('*7~000~000~kr* och *x*\n')
    expect(render('{{ fund.strategi | tal }} * 2').markdown).toBe('7~000~000 \\* 2\n')
  })

  test('an unknown placeholder is kept as written and reported at its id', () => {
    const value = 'Fonden {{ fund.strategy }} räcker.'
    const { markdown, diagnostics } = render(value)
    expect(markdown).toBe('Fonden {{ fund.strategy }} räcker.\n')
    const start = value.indexOf('strategy')
    expect(diagnostics.map((d) => [d.code, d.file, d.span, d.suggestions])).toEqual([
      ['prose/unknown-placeholder', FILE, [start, start + 'strategy'.length], ['strategi']],
    ])
  })

  test('a placeholder that cannot be read is kept as text and reported', () => {
    const value = 'Belopp: {{ fund.strategi | words }}.'
    const { markdown, diagnostics } = render(value)
    expect(markdown).toBe('Belopp: {{ fund.strategi | words }}.\n')
    const start = value.indexOf('words')
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['prose/invalid-placeholder', [start, start + 'words'.length]],
    ])
  })

  test('without a placeholder source, braces are plain text', () => {
    expect(render('{{ fund.strategi }}', false)).toEqual({ markdown: '{{ fund.strategi }}\n', diagnostics: [] })
  })

  test('web addresses become links, so no bare URL is left', () => {
    expect(render('Se https://www.regionfakta.com.').markdown).toBe(
      'Se [https://www.regionfakta.com](https://www.regionfakta.com).\n',
    )
  })
})

describe('links in prose', () => {
  test('[text](https://…) becomes a link node: its text and address are escaped by the serializer', async () => {
    expect(render('Se [Det handlar om livet](https://www.regeringen.se/strategi).').markdown).toBe(
      'Se [Det handlar om livet](https://www.regeringen.se/strategi).\n',
    )
    const { field } = prose('Se [Rapport <b> & a_b | 2025](https://x.se/a_(b)?c=<d>).')
    const [paragraph] = renderProse(field).blocks
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Se ' },
        {
          type: 'link',
          url: 'https://x.se/a_(b)?c=<d>',
          children: [{ type: 'text', value: 'Rapport <b> & a_b | 2025' }],
        },
        { type: 'text', value: '.' },
      ],
    })
    // Read back from the Markdown, the link has the same text and address, and no HTML slipped in.
    const tokens = await parseMarkdown(serializeMarkdown(markdownTree([paragraph!])))
    expect(findTokens(tokens, 'htmlText')).toEqual([])
    expect(findTokens(tokens, 'resource').length).toBe(1)
    expect(findTokens(tokens, 'labelText').map(readPlainText)).toEqual(['Rapport <b> & a_b | 2025'])
  })

  test.each([
    ['javascript:alert(1)', 'Se [här](javascript:alert(1)).'],
    ['data:', 'Se [här](data:text/html,x).'],
    ['mailto:', 'Skriv till [oss](mailto:a@b.se).'],
    ['a relative path', 'Se [bilagan](../bilaga.pdf).'],
    ['http: without a host', 'Se [här](http:sida).'],
  ])('a link to %s stays the text it is written as', async (_what, value) => {
    const markdown = render(value).markdown
    const tokens = await parseMarkdown(markdown)
    for (const type of ['label', 'resource', 'literalAutolink']) expect(findTokens(tokens, type), type).toEqual([])
    expect(findTokens(tokens, 'paragraph').map(readPlainText)).toEqual([value])
  })
})

describe('hostile prose renders as literal text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '# inte en rubrik',
    '1. inte en lista',
    '| a | b |\n|---|---|\n| c | d |',
    '```\nkod\n```',
    '`kod` och [länk](javascript:alert(1)) och ![bild](x.png)',
    '> inte ett citat',
    '    inte kod',
    '***',
    '<!-- kommentar --> &amp; &#60;b&#62;',
    'a_b_c *ej stängd',
  ]

  test.each(hostile)('%j', async (value) => {
    const { field } = prose(value)
    const markdown = serializeMarkdown(markdownTree(renderProse(field).blocks))
    const tokens = await parseMarkdown(markdown)
    // One paragraph per block of the input, and nothing but paragraphs.
    expect(readBlockTypes(tokens)).toEqual(value.split(/\n\s*\n/).map(() => 'paragraph'))
    for (const type of [
      'htmlText',
      'htmlFlow',
      'codeText',
      'label',
      'resource',
      'emphasis',
      'strong',
      'table',
      'literalAutolink',
    ]) {
      expect(findTokens(tokens, type), type).toEqual([])
    }
    // The reader sees the input, its line breaks as spaces.
    const paragraphs = findTokens(tokens, 'paragraph').map(readPlainText)
    expect(paragraphs.join('\n\n')).toBe(
      value
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
  })
})
