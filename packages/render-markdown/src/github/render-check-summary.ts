import type { RootContent } from 'mdast'
import type { Language } from '@fordela/parser'
import { heading, inlineCode, paragraph, table, text, type Inline } from '../mdast/build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from '../mdast/serialize-markdown.js'
import { messages, say } from '../messages/index.js'
import { sayInBoth } from './say-in-both.js'

/** One spec's `fordela render --check`. */
export interface RenderCheck {
  /** The spec, as the input named it. */
  readonly spec: string
  /** The committed memo it is compared with. */
  readonly markdown: string
  /** render's exit code: 0 the same, 1 different or the spec has errors, 2 not checkable. */
  readonly status: number
  /** The unified diff (committed → rendered) when the memo is out of date, else ''. */
  readonly diff: string
}

/**
 * What is wrong with one check, as a sentence for an annotation; undefined
 * when the memo is up to date. Without `lang`, in Swedish and English.
 */
export function describeRenderProblem(check: RenderCheck, lang?: Language): string | undefined {
  if (check.status === 0) return undefined
  const args = { spec: check.spec, markdown: check.markdown }
  if (check.status === 1 && check.diff) return sayInBoth(lang, messages.github.memoStale, args)
  if (check.status === 1) return sayInBoth(lang, messages.github.memoSpecErrors, args)
  return sayInBoth(lang, messages.github.memoNotCompared, args)
}

/**
 * A job-summary section for `fordela render --check`: one row per spec, then
 * each out-of-date memo's diff, folded under its name. Built as mdast, so a
 * path is text in a code span and the diff is a fenced block whose fence is
 * longer than any backtick run in it. Without `lang`, the results are in
 * Swedish and English.
 */
export function renderCheckSummary(checks: readonly RenderCheck[], lang?: Language): string {
  const headings = [messages.github.memo, messages.github.spec, messages.github.result].map((words) =>
    say(lang ?? 'sv', words),
  )
  const rows = checks.map((check): Inline[] => [
    [inlineCode(check.markdown)],
    [inlineCode(check.spec)],
    describeResult(check, lang),
  ])
  const blocks: RootContent[] = [heading(3, 'fordela render --check'), table(headings, rows, [null, null, null])]
  for (const check of checks.filter((candidate) => candidate.diff)) {
    // The fold's own text is fixed: nothing from an input goes into raw HTML; the memo is named above it.
    blocks.push(
      paragraph([inlineCode(check.markdown), text(':')]),
      { type: 'html', value: `<details><summary>${sayInBoth(lang, messages.github.renderDiff)}</summary>` },
      { type: 'code', lang: 'diff', value: check.diff.replace(/\n$/, '') },
      { type: 'html', value: '</details>' },
    )
  }
  return serializeMarkdown(markdownTree(blocks), { compactTables: true })
}

/** The result cell. */
function describeResult(check: RenderCheck, lang: Language | undefined): Inline {
  if (check.status === 0) return `✔ ${sayInBoth(lang, messages.github.upToDate)}`
  if (check.status === 1 && check.diff)
    return [
      text(`✖ ${sayInBoth(lang, messages.github.outOfDate)}: `),
      inlineCode(`fordela render ${check.spec} -o ${check.markdown}`),
    ]
  if (check.status === 1) return `✖ ${sayInBoth(lang, messages.github.specHasErrors)}`
  return `✖ ${sayInBoth(lang, messages.github.notCompared)}`
}
