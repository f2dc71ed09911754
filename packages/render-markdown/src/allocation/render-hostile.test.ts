import { beforeAll, describe, expect, test } from 'vitest'
import type { MicromarkToken } from 'markdownlint'
import type { SpecDocument } from '@fordela/parser'
import { evaluateFiles, readExampleFiles, replaceOnce, type FileTree } from '../__fixtures__/memory-workspace.js'
import { findTokens, lintMarkdown, parseMarkdown, readPlainText, readTables } from '../__fixtures__/read-markdown.js'
import { renderDocument } from '../render-document.js'

const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const PARTIES = 'vastra-gotaland/parter.yaml'

/** Spec text a hostile or careless author could write, each where the memo shows it. */
const TITLE = '<img src=x onerror=alert(1)> | a | b | `kod` [x](javascript:y) &amp;'
const SECTION_TITLE = '# 1. Rubrik <b>fet</b> | x |'
const PARTY_NAME = '- 1. VGR | <b>x</b> |'
const PARTY_SHORT = '# VGR |'
const MEMBER_NAME = '| - Fyrbodal \\| <i>'
const CAVEAT = '<script>alert(1)</script> - punkt'

function hostileFiles(files: FileTree): FileTree {
  let hostile = replaceOnce(
    files,
    ALLOCATION,
    'documentTitle: Beslutsunderlag – Länsgemensamma medel psykisk hälsa 2025',
    `documentTitle: '${TITLE}'`,
  )
  hostile = replaceOnce(
    hostile,
    ALLOCATION,
    'title: Stärkt suicidpreventivt arbete\n    fund:',
    `title: '${SECTION_TITLE}'\n    fund:`,
  )
  hostile = replaceOnce(
    hostile,
    ALLOCATION,
    '      I Västra Götaland utgår',
    '      <script>alert(1)</script>\n      # inte en rubrik\n      I Västra Götaland utgår',
  )
  hostile = replaceOnce(
    hostile,
    PARTIES,
    'name: Västra Götalandsregionen\n    short: VGR',
    `name: '${PARTY_NAME}'\n    short: '${PARTY_SHORT}'`,
  )
  hostile = replaceOnce(hostile, PARTIES, 'name: Fyrbodals kommunalförbund', `name: '${MEMBER_NAME}'`)
  return replaceOnce(
    hostile,
    PARTIES,
    'caveat: Kommunerna är hämtade ur en rapport från 2012 och inte kontrollerade på nytt.',
    `caveat: '${CAVEAT}'`,
  )
}

async function renderMemo(files: FileTree): Promise<string> {
  const evaluation = await evaluateFiles(files)
  const document = evaluation.workspace.documentById('vg-2025-lansgemensamma-medel') as SpecDocument
  const rendered = renderDocument(evaluation, document, { appendix: true })
  if (!rendered) throw new Error('the allocation did not render')
  return rendered.markdown
}

/** Each heading as depth and the text a reader sees. */
function readHeadings(tokens: readonly MicromarkToken[]): string[] {
  return findTokens(tokens, 'atxHeading').map((heading) => {
    const depth = findTokens([heading], 'atxHeadingSequence')[0]?.text.length ?? 0
    return `${depth} ${findTokens([heading], 'atxHeadingText').map(readPlainText).join('')}`
  })
}

describe('spec text from a hostile author renders as literal text', () => {
  let clean: MicromarkToken[]
  let hostile: MicromarkToken[]
  let markdown: string

  beforeAll(async () => {
    const files = readExampleFiles()
    clean = await parseMarkdown(await renderMemo(files))
    markdown = await renderMemo(hostileFiles(files))
    hostile = await parseMarkdown(markdown)
  })

  test('no HTML, code, link or image reaches the Markdown', () => {
    for (const type of [
      'htmlText',
      'htmlFlow',
      'codeText',
      'codeFenced',
      'codeIndented',
      'label',
      'resource',
      'literalAutolink',
    ]) {
      expect(findTokens(hostile, type), type).toEqual([])
    }
  })

  test('the headings are the memo’s own, the hostile titles read back exactly', () => {
    const headings = readHeadings(hostile)
    expect(headings.length).toBe(readHeadings(clean).length)
    expect(headings[0]).toBe(`1 ${TITLE}`)
    expect(headings).toContain(`3 ${SECTION_TITLE}`)
  })

  test('tables keep their columns, and cells read back exactly', () => {
    const tables = readTables(hostile)
    expect(tables.length).toBe(readTables(clean).length)
    for (const table of tables) {
      for (const row of table) expect(row.length).toBe(table[0]?.length)
    }
    const cells = tables.flat(2)
    expect(cells).toContain(PARTY_NAME)
    expect(cells).toContain(MEMBER_NAME)
  })

  test('bullets and notes read back exactly, starting no heading or list', () => {
    const items = findTokens(hostile, 'listItemPrefix').length
    expect(items).toBe(findTokens(clean, 'listItemPrefix').length)
    const paragraphs = findTokens(hostile, 'paragraph').map(readPlainText)
    expect(
      paragraphs.some((text) =>
        text.startsWith(`${PARTY_SHORT}: 1\u00a0000\u00a0000\u00a0kr för länsgemensam samverkan`),
      ),
    ).toBe(true)
    expect(paragraphs).toContain(`Södra Älvsborg: ${CAVEAT}`)
    expect(
      paragraphs.some((text) => text.startsWith('<script>alert(1)</script> # inte en rubrik I Västra Götaland utgår')),
    ).toBe(true)
  })

  test('markdownlint finds nothing', async () => {
    expect(await lintMarkdown(markdown)).toEqual([])
  })
})
