import { createDiagnostic, type Diagnostic, type Prose } from '@fordela/parser'
import { locatePlaceholder } from './locate-placeholder.js'
import { parsePlaceholder } from './parse-placeholder.js'
import type { ProseSegment } from './placeholder.js'

/** A prose field cut into segments, and what was wrong with its placeholders. */
export interface ParsedProse {
  readonly segments: readonly ProseSegment[]
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Cuts a prose field into text and `{{ … }}` placeholders.
 *
 * The placeholder language:
 *
 * ```text
 * placeholder = "{{" expr [ "|" filter ] "}}"
 * expr        = ref | ref ":" ref                  (a ratio; only with says)
 * ref         = "total" | "year" | "fund." id | "section." id
 *             | "party." id | "section." id ".party." id
 * filter      = "kr" | "kronor" | "tal" | "ord" | "says" '"' text '"'
 * id          = letters, digits, "_" and "-"
 * ```
 *
 * (Spec ids are a–z, 0–9 and "-"; a wider id such as `fund.Strategi` is
 * read, then reported as unknown with the closest real id.)
 *
 * Whitespace is free around every token, line breaks included. Every `{{`
 * starts a placeholder, which ends at the first `}}` after it; `says` text
 * therefore cannot contain `"` or `}}`. `year` takes no filter. A placeholder
 * that cannot be read is reported as `prose/invalid-placeholder` and kept as
 * text, so a renderer still shows what was written.
 *
 * @param prose the field as the model holds it (the YAML scalar's value).
 * @param fileText the text of `prose.at.file`, to point findings at the exact
 *   placeholder; without it they point at the whole scalar.
 */
export function parseProse(prose: Prose, fileText: string | undefined): ParsedProse {
  const text = prose.value
  const segments: ProseSegment[] = []
  const diagnostics: Diagnostic[] = []
  let textStart = 0
  let ordinal = 0
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', open)) {
    const close = text.indexOf('}}', open + 2)
    if (close === -1) {
      const locate = locatePlaceholder(prose, fileText, ordinal, open, open + 2)
      diagnostics.push(
        createDiagnostic('prose/invalid-placeholder', { problem: 'unclosed', found: '{{' }, locate(open, open + 2)),
      )
      break
    }
    const end = close + 2
    const locate = locatePlaceholder(prose, fileText, ordinal, open, end)
    const parts = parsePlaceholder(text, open + 2, close, locate)
    if ('code' in parts) {
      diagnostics.push(parts)
    } else {
      if (open > textStart) segments.push({ type: 'text', text: text.slice(textStart, open) })
      segments.push({ type: 'placeholder', ...parts, source: text.slice(open, end), at: locate(open, end) })
      textStart = end
    }
    // Count the `{{` inside this placeholder too, as the source walk does.
    ordinal += countOpenings(text.slice(open, end))
    open = end
  }
  if (textStart < text.length) segments.push({ type: 'text', text: text.slice(textStart) })
  return { segments, diagnostics }
}

/** Non-overlapping `{{` in `text`. */
function countOpenings(text: string): number {
  let count = 0
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) count++
  return count
}
