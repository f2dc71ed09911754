import { showControlCharacters } from '@fordela/parser'

/**
 * A text report (`explain`, `diff`) as it may be printed in a terminal or a
 * CI log: every line's control characters escaped (ESC, BEL, CR; the line
 * breaks between lines stay), and a line that would start with `::` — a
 * GitHub workflow command, when a name from a spec begins it — starts with
 * `\:` instead, which Markdown shows as `:`.
 */
export function showReportText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const shown = showControlCharacters(line)
      return shown.startsWith('::') ? `\\${shown}` : shown
    })
    .join('\n')
}
