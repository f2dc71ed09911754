import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseFenceInfo, type ExampleAttributes } from './parse-fence-info.js'

/** One file of an example, as a code block wrote it. */
export interface ExampleFile {
  readonly path: string
  readonly content: string
  readonly encoding: ExampleAttributes['encoding']
}

/** A finding a fail example must produce at a given line. */
export interface ExpectedLine {
  readonly file: string
  readonly line: number
}

/** One runnable example of a docs page: its files and what linting them must show. */
export interface DocExample {
  /** The page, relative to the repository root (`docs/rules/sum/fund-not-spent.md`). */
  readonly page: string
  /** `page:line` of the example's first block, for messages. */
  readonly where: string
  readonly name: string
  readonly verdict: 'fail' | 'pass'
  /** The rule the example is about: the page's own rule, or the blocks' `rule=`. */
  readonly rule?: string
  readonly base: boolean
  readonly files: readonly ExampleFile[]
  /** The files given to `fordela lint` by name; empty to lint the whole folder. */
  readonly named: readonly string[]
  readonly expectedLines: readonly ExpectedLine[]
}

/** Everything the docs' code blocks define, and every mistake in how they are marked. */
export interface DocExamples {
  readonly examples: readonly DocExample[]
  /** Page → the files its `fordela-example=base` blocks define. */
  readonly pageBases: ReadonlyMap<string, readonly ExampleFile[]>
  readonly problems: readonly string[]
}

/** A fenced code block with its info string and where it starts. */
interface Fence {
  readonly info: string
  readonly content: string
  readonly line: number
}

/**
 * Finds every code block marked `fordela-example=…` in the Markdown pages
 * under `docsDir` and groups them into examples (see docs/rules/README.md
 * for the syntax). Pages are read in sorted order, so the result is stable.
 *
 * @param repoRoot the repository root, to name pages relative to it
 */
export function findDocExamples(repoRoot: string, docsDir: string): DocExamples {
  const examples: DocExample[] = []
  const pageBases = new Map<string, ExampleFile[]>()
  const problems: string[] = []
  for (const absolute of listMarkdownFiles(docsDir)) {
    const page = relative(repoRoot, absolute).split('\\').join('/')
    const groups = new Map<string, { attributes: ExampleAttributes; fence: Fence }[]>()
    for (const fence of readFences(readFileSync(absolute, 'utf8'), page, problems)) {
      const attributes = parseFenceInfo(fence.info)
      if (attributes === undefined) continue
      if (typeof attributes === 'string') {
        problems.push(`${page}:${fence.line}: ${attributes}`)
        continue
      }
      const file = { path: attributes.file, content: fence.content, encoding: attributes.encoding }
      if (attributes.verdict === 'base') {
        pageBases.set(page, [...(pageBases.get(page) ?? []), file])
        continue
      }
      const key = attributes.example ?? `block at line ${fence.line}`
      groups.set(key, [...(groups.get(key) ?? []), { attributes, fence }])
    }
    for (const [name, blocks] of groups) {
      const example = assembleExample(page, name, blocks, problems)
      if (example) examples.push(example)
    }
  }
  return { examples, pageBases, problems }
}

/**
 * The rule a page documents: `docs/rules/sum/fund-not-spent.md` and its
 * Swedish twin `docs/rules/sum/fund-not-spent.sv.md` → `sum/fund-not-spent`.
 */
export function ruleOfPage(page: string): string | undefined {
  return /^docs\/rules\/([a-z0-9-]+\/[a-z0-9-]+)(?:\.sv)?\.md$/.exec(page)?.[1]
}

/** Joins the blocks of one example, checking that they agree. */
function assembleExample(
  page: string,
  name: string,
  blocks: readonly { attributes: ExampleAttributes; fence: Fence }[],
  problems: string[],
): DocExample | undefined {
  const first = blocks[0]
  if (!first) return undefined
  const where = `${page}:${first.fence.line}`
  const verdict = first.attributes.verdict
  const pageRule = ruleOfPage(page)
  const rules = new Set(blocks.flatMap((block) => (block.attributes.rule ? [block.attributes.rule] : [])))
  const paths = blocks.map((block) => block.attributes.file)
  if (blocks.some((block) => block.attributes.verdict !== verdict))
    problems.push(`${where}: example "${name}" mixes fail and pass blocks`)
  if (new Set(paths).size !== paths.length) problems.push(`${where}: example "${name}" writes the same file twice`)
  if (rules.size > 1 || (pageRule && rules.size === 1 && !rules.has(pageRule))) {
    problems.push(`${where}: example "${name}" names the rule(s) ${[...rules].join(', ')}, not the page's own rule`)
  }
  const rule = pageRule ?? [...rules][0]
  if (verdict === 'fail' && rule === undefined)
    problems.push(`${where}: a fail example outside docs/rules/ needs rule=<id>`)
  if (verdict === 'base') return undefined
  return {
    page,
    where,
    name,
    verdict,
    ...(rule ? { rule } : {}),
    base: blocks.some((block) => block.attributes.base),
    files: blocks.map(({ attributes, fence }) => ({
      path: attributes.file,
      content: fence.content,
      encoding: attributes.encoding,
    })),
    named: blocks.flatMap(({ attributes }) => (attributes.named ? [attributes.file] : [])),
    expectedLines: blocks.flatMap(({ attributes }) =>
      attributes.line ? [{ file: attributes.file, line: attributes.line }] : [],
    ),
  }
}

/**
 * The fenced code blocks of a CommonMark page: ``` or ~~~ fences of three or
 * more characters, closed by a fence of the same character at least as long,
 * with the opening fence's indentation removed from the content lines.
 */
function readFences(text: string, page: string, problems: string[]): Fence[] {
  const fences: Fence[] = []
  const lines = text.split('\n')
  let open: { marker: string; indent: number; info: string; line: number; body: string[] } | undefined
  lines.forEach((line, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
      if (close?.[1] && close[1][0] === open.marker[0] && close[1].length >= open.marker.length) {
        fences.push({ info: open.info, content: open.body.map((body) => `${body}\n`).join(''), line: open.line })
        open = undefined
      } else {
        open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)))
      }
      return
    }
    const start = /^( *)(`{3,}|~{3,})(.*)$/.exec(line)
    if (!start) return
    const [, indent = '', marker = '', info = ''] = start
    if (indent.length > 3) {
      if (info.includes('fordela-example'))
        problems.push(`${page}:${index + 1}: an example block indented 4 spaces or more is not a fenced block`)
      return
    }
    open = { marker, indent: indent.length, info, line: index + 1, body: [] }
  })
  if (open) problems.push(`${page}:${open.line}: a code block is never closed`)
  return fences
}

/** Every `.md` file under `folder`, sorted by path. */
function listMarkdownFiles(folder: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...listMarkdownFiles(path))
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path)
  }
  return files.sort()
}
