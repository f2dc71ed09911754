import type { LineEvaluation, SectionEvaluation } from './allocation-evaluation.js'

/** Every evaluated line of the sections, child lines included, each line before its children, in document order. */
export function listEvaluatedLines(sections: readonly SectionEvaluation[]): LineEvaluation[] {
  const lines: LineEvaluation[] = []
  const visit = (line: LineEvaluation): void => {
    lines.push(line)
    line.children.forEach(visit)
  }
  for (const section of sections) for (const step of section.steps) step.lines.forEach(visit)
  return lines
}
