import { loadYaml, type Diagnostic, type YamlNode } from '@fordela/parser'
import { findMapWithKeyAt, findScalarAt } from './find-yaml-node.js'
import { suggestAmountFix } from './suggest-amount-fix.js'
import type { TextEdit } from './text-edit.js'

/**
 * The rules `fordela lint --fix` can fix, each only where there is exactly
 * one mechanical fix:
 * - `literal/ambiguous-amount`: an amount whose separators allow one
 *   reading only becomes `"1 500 000"` (see `suggestAmountFix`); `1.500`
 *   (one and a half, or fifteen hundred?) is left for a person;
 * - `schema/unknown-key`: a misspelt key with exactly one did-you-mean
 *   suggestion is renamed to it, unless the mapping already has that key.
 * Fixes are computed here from the finding's rule, span and suggestions;
 * the diagnostics themselves carry no fixes.
 */
export const fixableRules = ['literal/ambiguous-amount', 'schema/unknown-key'] as const

/** What a fix needs of a finding: its rule, place and suggestions. */
export type FixableFinding = Pick<Diagnostic, 'code' | 'file' | 'span' | 'suggestions'>

/**
 * The edits that fix the findings of one file, in span order. The text is
 * parsed once to find the nodes the findings point at, and only where the
 * text at the span is exactly what the finding describes.
 */
export function computeFixes(file: string, text: string, findings: readonly FixableFinding[]): TextEdit[] {
  const fixable = findings.filter(
    (finding) => finding.file === file && (fixableRules as readonly string[]).includes(finding.code),
  )
  if (fixable.length === 0) return []
  const { root } = loadYaml(text, file)
  if (root === undefined) return []
  return fixable.flatMap((finding) => {
    const replacement =
      finding.code === 'schema/unknown-key' ? fixUnknownKey(root, text, finding) : fixAmount(root, file, finding)
    return replacement === undefined ? [] : [{ file, span: finding.span, replacement }]
  })
}

/** The amount literal at the finding's span, written unambiguously. */
function fixAmount(root: YamlNode, file: string, finding: FixableFinding): string | undefined {
  const scalar = findScalarAt(root, finding.span)
  return scalar ? suggestAmountFix(scalar, file) : undefined
}

/** The key at the finding's span renamed to the one suggestion, keeping its quotes. */
function fixUnknownKey(root: YamlNode, text: string, finding: FixableFinding): string | undefined {
  const [suggestion, ...others] = finding.suggestions ?? []
  if (suggestion === undefined || others.length > 0 || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(suggestion)) return undefined
  const map = findMapWithKeyAt(root, finding.span)
  if (map === undefined || map.entries.some((entry) => entry.key === suggestion)) return undefined
  const written = text.slice(finding.span[0], finding.span[1])
  const quote = /^(["'])[A-Za-z0-9_-]*\1$/.exec(written)?.[1]
  if (quote !== undefined) return `${quote}${suggestion}${quote}`
  return /^[A-Za-z0-9_-]+$/.test(written) ? suggestion : undefined
}
