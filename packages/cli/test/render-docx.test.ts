// The memo in Word: `fordela render <spec> -o memo.docx`, converted back
// with Debian's pandoc (.ci/run installs it) and compared with the committed
// Markdown of the same spec, which the golden tests hold to what render writes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltCli, runCli } from './helpers/run-cli.js'

const examples = new URL('../../../examples/', import.meta.url).pathname
const spec = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const scratch = mkdtempSync(join(tmpdir(), 'fordela-docx-'))
const memoDocx = join(scratch, 'memo.docx')

/** Runs a tool, failing with its error output. */
function runTool(command: string, args: readonly string[], input?: string): string {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

/** One part of a .docx, as text. */
const readDocxPart = (file: string, part: string) =>
  runTool('python3', [
    '-c',
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())',
    file,
    part,
  ])

/** GitHub Markdown as pandoc writes it, from a .docx or from Markdown: the same writer for both sides. */
const toGfm = (from: 'docx' | 'gfm', file: string) => runTool('pandoc', ['-f', from, '-t', 'gfm', '--wrap=none', file])

/** A document's non-empty lines, with its tables taken out as rows of trimmed cells (the alignment line dropped). */
function splitTables(gfm: string): { lines: string[]; tables: string[][][] } {
  const lines: string[] = []
  const tables: string[][][] = []
  let table: string[][] | undefined
  for (const line of gfm.split('\n').filter((text) => text.trim() !== '')) {
    if (!line.startsWith('|')) {
      table = undefined
      lines.push(line)
      continue
    }
    if (table === undefined) {
      table = []
      tables.push(table)
    }
    if (/^\|[-:| ]+\|$/.test(line)) continue
    table.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )
  }
  return { lines, tables }
}

/**
 * Lines without block-quote markers, on both sides: a quote is indented in
 * Word, and pandoc's docx reader reads an indented paragraph back as a
 * quote but a list in it (the draft notice's errors) as a plain list.
 */
const withoutQuoteMarkers = (lines: string[]) =>
  lines.filter((line) => line !== '>').map((line) => line.replace(/^> /, ''))

/** render's exit code for a spec: 1 for a draft (its committed memo opens with the errors it shows its reader), else 0. */
const expectedRenderCode = (file: string) =>
  readFileSync(join(examples, file.replace(/\.yaml$/, '.md')), 'utf8').includes('Utkast — innehåller fel') ? 1 : 0

/** Every amount written with no-break spaces between its groups of three (fordela's thousands separator), in order. */
const listAmounts = (text: string) => text.match(/\d{1,3}(?:\u00a0\d{3})+/g) ?? []

let markdown: string
beforeAll(async () => {
  requireBuiltCli()
  if (spawnSync('pandoc', ['--version']).status !== 0)
    throw new Error('pandoc is missing: .ci/run installs it (apt-get install -y pandoc).')
  markdown = readFileSync(join(examples, spec.replace(/\.yaml$/, '.md')), 'utf8')
  const render = await runCli(['render', spec, '-o', memoDocx], examples)
  expect(render.code).toBe(expectedRenderCode(spec))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the VG 2025 memo as .docx, converted back with pandoc', () => {
  it('has the same headings, paragraphs, numbered decisions, lists and signatories as the Markdown', () => {
    const fromDocx = splitTables(toGfm('docx', memoDocx)).lines
    // The rule above the signatories is a bottom border in Word, which pandoc's docx reader does not read back as a rule.
    const rule = '-'.repeat(72)
    const fromMarkdown = splitTables(toGfm('gfm', join(examples, spec.replace(/\.yaml$/, '.md')))).lines
    expect(fromMarkdown.filter((line) => line === rule).length).toBe(1)
    expect(withoutQuoteMarkers(fromDocx)).toEqual(withoutQuoteMarkers(fromMarkdown.filter((line) => line !== rule)))
    expect(readDocxPart(memoDocx, 'word/document.xml')).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>/)
    // The decisions are a Word numbered list: pandoc reads them back as "1." to "4.".
    expect(fromDocx.filter((line) => /^\d\. {2}/.test(line)).map((line) => line.slice(0, 2))).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
    ])
    // The signatories: name, a line break (two trailing spaces in pandoc's Markdown), the role.
    expect(fromDocx.slice(-4)).toEqual([
      'Karin Looström Muth  ',
      'Hälso- och sjukvårdsutvecklingsdirektör',
      'Kristina Lännergren  ',
      'Direktör Västkom',
    ])
  })

  it('has every table with the same rows and cells (the header row bold in Word)', () => {
    const fromDocx = splitTables(toGfm('docx', memoDocx)).tables.map((table) =>
      table.map((row) => row.map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1'))),
    )
    const fromMarkdown = splitTables(markdown).tables
    expect(fromDocx).toEqual(fromMarkdown)
    expect(fromDocx.length).toBe(markdown.split('\n').filter((line) => /^\| :-/.test(line)).length)
  })

  it('has every amount of the Markdown, in the same order, with its no-break spaces', () => {
    const amounts = listAmounts(toGfm('docx', memoDocx))
    expect(amounts).toEqual(listAmounts(markdown))
    // The total the lint computes for the 2025 memo (examples/data/README.md: ≈ 61 401 459 by hand with 2023-12-31 population; rounded per line to 61 401 458).
    expect(amounts).toContain('61\u00a0401\u00a0458')
  })

  it('right-aligns the cells of every column the Markdown right-aligns, and only those', () => {
    const xml = readDocxPart(memoDocx, 'word/document.xml')
    const wordAlignment = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) =>
      [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) =>
        [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
          cell.includes('<w:jc w:val="right"/>') ? 'right' : 'left',
        ),
      ),
    )
    const markdownAlignment = markdown
      .split('\n')
      .filter((line) => /^\| :-/.test(line))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => (cell.trim().endsWith(':') ? 'right' : 'left')),
      )
    expect(wordAlignment.map((rows) => rows[0])).toEqual(markdownAlignment)
    expect(wordAlignment.every((rows) => rows.every((row) => JSON.stringify(row) === JSON.stringify(rows[0])))).toBe(
      true,
    )
  })

  it('is the same bytes when rendered again', async () => {
    const again = join(scratch, 'again.docx')
    expect((await runCli(['render', spec, '-o', again], examples)).code).toBe(expectedRenderCode(spec))
    expect(readFileSync(again).equals(readFileSync(memoDocx))).toBe(true)
  })
})

describe.each([
  ['the 2025 agreement’s distribution table', 'nationellt/skr-2025-overenskommelse.yaml'],
  ['the 2026 handlingsplan', 'vastra-gotaland/2026-handlingsplan.yaml'],
])('%s as .docx', (_name, other) => {
  it('converts back to the text, tables and amounts of its committed Markdown', async () => {
    const docx = join(scratch, `${other.replace(/\W+/g, '-')}.docx`)
    expect((await runCli(['render', other, '-o', docx], examples)).code).toBe(expectedRenderCode(other))
    const committed = join(examples, other.replace(/\.yaml$/, '.md'))
    const fromDocx = splitTables(toGfm('docx', docx))
    const fromMarkdown = splitTables(toGfm('gfm', committed))
    expect(withoutQuoteMarkers(fromDocx.lines)).toEqual(
      withoutQuoteMarkers(fromMarkdown.lines.filter((line) => line !== '-'.repeat(72))),
    )
    // Both through pandoc's writer, which escapes the same way on both sides ("1\\." at the start of a cell).
    expect(
      fromDocx.tables.map((table) => table.map((row) => row.map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1')))),
    ).toEqual(fromMarkdown.tables)
    expect(listAmounts(toGfm('docx', docx))).toEqual(listAmounts(readFileSync(committed, 'utf8')))
  })
})

describe('--reference-doc', () => {
  it("takes a county's styles from its own .docx", async () => {
    // pandoc's own reference document stands in for a county's template: it has styles docx's defaults do not (FirstParagraph, Compact).
    const reference = join(scratch, 'lanets-mall.docx')
    writeFileSync(reference, spawnSync('pandoc', ['--print-default-data-file', 'reference.docx']).stdout)
    const styled = join(scratch, 'styled.docx')
    expect((await runCli(['render', spec, '-o', styled, '--reference-doc', reference], examples)).code).toBe(
      expectedRenderCode(spec),
    )
    const styleIds = (file: string) =>
      [...readDocxPart(file, 'word/styles.xml').matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1])
    expect(
      ['FirstParagraph', 'Compact'].map((id) => [id, styleIds(styled).includes(id), styleIds(memoDocx).includes(id)]),
    ).toEqual([
      ['FirstParagraph', true, false],
      ['Compact', true, false],
    ])
    // Its Heading 1 is the reference's, as defined there.
    // (docx writes the XML without the reference's indentation.)
    const heading1 = (file: string) =>
      /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/s
        .exec(readDocxPart(file, 'word/styles.xml'))?.[0]
        .replace(/>\s+</g, '><')
        .replace(/\s+\/>/g, '/>')
    expect(heading1(styled)).toBe(heading1(reference))
    expect(listAmounts(toGfm('docx', styled))).toEqual(listAmounts(markdown))
  })

  it('refuses a file that is no Word document, naming it, and writes nothing', async () => {
    const notWord = join(scratch, 'mall.docx')
    writeFileSync(notWord, 'inte ett Word-dokument\n')
    const output = join(scratch, 'never.docx')
    expect(await runCli(['render', spec, '-o', output, '--reference-doc', notWord], examples)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /fordela: --reference-doc .*mall\.docx: filen är inget Word-dokument \(\.docx\)\.\n$/,
      ),
    })
    expect(spawnSync('test', ['-e', output]).status).toBe(1)
  })

  it('applies only to .docx output, and --check only to Markdown', async () => {
    expect(await runCli(['render', spec, '--reference-doc', 'mall.docx'], examples)).toMatchObject({
      code: 2,
      stderr: 'fordela: --reference-doc gäller bara när -o är en .docx-fil.\n',
    })
    expect(await runCli(['render', spec, '-o', 'memo.docx', '--check'], examples)).toMatchObject({
      code: 2,
      stderr: 'fordela: --check jämför Markdown; ett Word-dokument (.docx) skrivs om från specen i stället.\n',
    })
  })
})
