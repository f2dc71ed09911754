import { loadYaml, type YamlNode } from '@fordela/parser'

/** The directive that silences findings on the next line. */
export const suppressionDirective = 'fordela-disable-next-line'

/** One rule id named in a suppression comment, with where it is written. */
export interface SuppressedRule {
  readonly id: string
  readonly span: readonly [number, number]
}

/** A `# fordela-disable-next-line <rule-id>[, <rule-id>…] -- <reason>` comment. */
export interface Suppression {
  readonly file: string
  readonly rules: readonly SuppressedRule[]
  /** The text after `--`, trimmed; empty when the comment gives none. */
  readonly reason: string
  /** The comment, from `#` to the end of its line. */
  readonly span: readonly [number, number]
  /** The 1-based line it silences: the next line that is neither blank nor a comment. */
  readonly targetLine: number
}

const directiveLine = new RegExp(`^[ \\t]*#[ \\t]*${suppressionDirective}(?=[ \\t,]|$)`)

/**
 * The suppression comments of one YAML file. Only whole-line comments
 * count, and a line inside a multi-line scalar (a `|` block of prose that
 * happens to start with `#`) is text, not a comment, so the YAML tree is
 * consulted. Comment and blank lines between a directive and its target
 * are skipped, so several directives can be stacked above one line.
 */
export function findSuppressions(file: string, text: string): Suppression[] {
  if (!/\.ya?ml$/i.test(file) || !text.includes(suppressionDirective)) return []
  const lines = splitLines(text)
  const insideScalars = collectMultilineScalars(loadYaml(text, file).root)
  const suppressions: Suppression[] = []
  lines.forEach((line, index) => {
    if (!directiveLine.test(line.text)) return
    if (insideScalars.some(([start, end]) => line.start > start && line.start < end)) return
    const hash = line.start + line.text.indexOf('#')
    const body = line.text.slice(line.text.indexOf(suppressionDirective) + suppressionDirective.length)
    const bodyStart = line.start + line.text.length - body.length
    const separator = body.search(/[ \t]--(?=[ \t]|$)/)
    const named = separator < 0 ? body : body.slice(0, separator)
    const reason = separator < 0 ? '' : body.slice(separator + 3).trim()
    const rules = [...named.matchAll(/[^\s,]+/g)].map((match) => ({
      id: match[0],
      span: [bodyStart + match.index, bodyStart + match.index + match[0].length] as const,
    }))
    suppressions.push({
      file,
      rules,
      reason,
      span: [hash, line.start + line.text.trimEnd().length],
      targetLine: findTargetLine(lines, index),
    })
  })
  return suppressions
}

/** A line's text (without its break) and the offset where it starts. */
interface SourceLine {
  readonly text: string
  readonly start: number
}

/** The lines of a text with their start offsets; breaks as YAML knows them. */
function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  let start = 0
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ text: text.slice(start, match.index), start })
    start = match.index + match[0].length
  }
  lines.push({ text: text.slice(start), start })
  return lines
}

/** The 1-based number of the first line after `index` that holds YAML content. */
function findTargetLine(lines: readonly SourceLine[], index: number): number {
  for (let next = index + 1; next < lines.length; next += 1) {
    const content = lines[next]?.text.trim() ?? ''
    if (content !== '' && !content.startsWith('#')) return next + 1
  }
  return lines.length + 1
}

/** The spans of every scalar that may run over several lines. */
function collectMultilineScalars(node: YamlNode | undefined): (readonly [number, number])[] {
  if (!node) return []
  if (node.type === 'scalar') return [node.span]
  if (node.type === 'seq') return node.items.flatMap(collectMultilineScalars)
  return node.entries.flatMap((entry) => collectMultilineScalars(entry.value))
}
