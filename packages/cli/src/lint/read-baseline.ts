import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { Language } from '@fordela/parser'
import { parseBaseline, type BaselineEntry } from '../baseline/baseline-file.js'
import { UsageError } from '../errors.js'

/** The entries of a baseline file; a missing or malformed file is a usage error naming it. */
export function readBaseline(file: string, cwd: string, lang: Language): readonly BaselineEntry[] {
  const shown = relative(cwd, file) || file
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new UsageError(lang === 'sv' ? `${shown}: baslinjen kan inte läsas (${reason}).` : `${shown}: cannot read the baseline (${reason}).`)
  }
  const parsed = parseBaseline(text)
  if (parsed.ok) return parsed.entries
  throw new UsageError(
    lang === 'sv'
      ? `${shown}: baslinjen är trasig (${parsed.problem}); skriv om den med --baseline-write.`
      : `${shown}: the baseline is broken (${parsed.problem}); rewrite it with --baseline-write.`,
  )
}
