import type { RootContent } from 'mdast'
import { traceMoneyToGoals, type GoalMoney } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { emphasis, heading, paragraph, table, text, type Inline } from '../mdast/build-mdast-nodes.js'
import { messages, say } from '../messages/index.js'
import type { MemoContext } from './memo-context.js'

const words = messages.memo

/**
 * With `memo.goalSummary: true`, *Per område och delmål*: each agreement
 * area and strategy delmål the sections link to, the sections that serve it
 * and their amount. A section that serves several is counted under each with
 * its whole amount and marked, and the total row counts every section once;
 * a sentence says so, since the rows then add up to more than the total.
 */
export function renderGoalSummary(memo: MemoContext): RootContent[] {
  if (memo.evaluation.allocation.memo?.goalSummary?.value !== true) return []
  const trace = traceMoneyToGoals(memo.evaluation)
  if (trace.goals.length === 0) return []
  const titleOf = (id: string) =>
    memo.evaluation.allocation.sections.find((section) => section.id.value === id)?.title.value ?? id
  const shared = new Set(
    trace.goals.flatMap((goal) => goal.sections.filter((entry) => entry.servesCount > 1).map((entry) => entry.section)),
  )
  const rows: Inline[][] = trace.goals.map((goal) => [
    nameGoal(goal, memo),
    goal.sections.map((entry) => `${titleOf(entry.section)}${shared.has(entry.section) ? ' *' : ''}`).join(', '),
    formatKronor(goal.amount),
  ])
  rows.push([
    say('sv', words.total),
    shared.size > 0 ? say('sv', words.goalSummaryCountedOnce) : '',
    formatKronor(trace.total),
  ])
  const header = [
    say('sv', words.goalSummaryGoal),
    say('sv', words.goalSummarySections),
    say('sv', words.sectionSummaryAmount),
  ]
  const blocks: RootContent[] = [
    heading(3, say('sv', words.goalSummaryHeading)),
    table(header, rows, ['left', 'left', 'right']),
  ]
  if (shared.size > 0) {
    const names = [...shared].map(titleOf)
    blocks.push(
      paragraph([
        text('* '),
        ...names.flatMap((name, index) => [
          ...(index === 0 ? [] : [text(index === names.length - 1 ? say('sv', words.and) : ', ')]),
          emphasis(name),
        ]),
        text(` ${say('sv', names.length === 1 ? words.goalSummarySharedOne : words.goalSummarySharedSeveral)}`),
      ]),
    )
  }
  return blocks
}

/** "Område 3, Komplexa behov" or "Delmål: Stärkt suicidpreventivt arbete"; the id when the document is not at hand. */
function nameGoal(goal: GoalMoney, memo: MemoContext): string {
  if (goal.kind === 'area') {
    const area = memo.agreement?.areas.find((candidate) => candidate.id.value === goal.id)
    return say('sv', words.area, {
      number: area?.number ? String(area.number.value) : '',
      title: area?.title.value ?? goal.id,
    })
  }
  const title = memo.strategy?.subgoals.find((candidate) => candidate.id.value === goal.id)?.title.value
  return say('sv', words.subgoal, { title: title ? title.replace(/\.$/u, '') : goal.id })
}
