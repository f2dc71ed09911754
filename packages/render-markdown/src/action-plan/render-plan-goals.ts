import type { BlockContent, PhrasingContent, RootContent } from 'mdast'
import type { ActionPlanDocument, ActionPlanGoal } from '@fordela/parser'
import { bulletList, emphasis, heading, list, listItem, paragraph, text } from '../mdast/build-mdast-nodes.js'
import { renderProse } from '../prose/render-prose.js'
import { formatCountInWords } from '@fordela/engine'
import { formatKronor } from '@fordela/parser'
import { messages, say } from '../messages/index.js'
import { countPlanSections, type PlanSection } from './count-plan-sections.js'
import { describeAgreementArea, nameSubgoal, type PlanLinks } from './plan-links.js'

/**
 * *Mål för <år>*: per area a heading, the agreement area it belongs to, and
 * its goals — each with its details, the strategy delmål it is linked to (by
 * title) and its indicators. With the plan's `allocation`, each area and goal
 * also names the sections that serve it and their amounts, and a last
 * sentence gives their sum, each section counted once.
 */
export function renderPlanGoals(plan: ActionPlanDocument, links: PlanLinks): RootContent[] {
  if (plan.areas.length === 0) return []
  const counted = links.allocation && countPlanSections(plan, links.allocation)
  const blocks: RootContent[] = [heading(2, `Mål för ${plan.year.value}`)]
  for (const area of plan.areas) {
    blocks.push(heading(3, area.title.value))
    const agreementArea = describeAgreementArea(area, links)
    if (agreementArea) blocks.push(paragraph(`Hör till överenskommelsens ${agreementArea}.`))
    blocks.push(...renderPlanSections(counted?.byArea.get(area)))
    if (area.goals.length > 0)
      blocks.push(
        list(
          area.goals.map((goal) =>
            listItem([...renderGoal(goal, links), ...renderPlanSections(counted?.byGoal.get(goal))]),
          ),
        ),
      )
  }
  if (counted && counted.sections > 0) {
    blocks.push(
      paragraph(
        say('sv', messages.memo.planSectionsTotal, {
          count: formatCountInWords(counted.sections),
          total: formatKronor(counted.total),
        }),
      ),
    )
  }
  return blocks
}

/** "Avsnitt i fördelningen: *A*, 800 000 kr; *B*, 400 000 kr, räknas även under annat område eller mål." */
function renderPlanSections(sections: readonly PlanSection[] | undefined): BlockContent[] {
  if (!sections || sections.length === 0) return []
  const children = sections.flatMap((entry, index) => [
    ...(index === 0 ? [] : [text('; ')]),
    emphasis(entry.section.title.value),
    text(`, ${formatKronor(entry.amount)}${entry.shared ? say('sv', messages.memo.planSectionShared) : ''}`),
  ])
  return [paragraph([text(say('sv', messages.memo.planSections)), ...children, text('.')])]
}

function renderGoal(goal: ActionPlanGoal, links: PlanLinks): BlockContent[] {
  const blocks: BlockContent[] = [...renderProse(goal.text).blocks]
  if (goal.details.length > 0) {
    const details = bulletList(goal.details.map((detail) => detail.value))
    // Prose that ends in bullets gets the details as more bullets: two lists in a row would read as one.
    const last = blocks.at(-1)
    if (last?.type === 'list' && !last.ordered) last.children.push(...details.children)
    else blocks.push(details)
  }
  if (goal.subgoals.length > 0) {
    const titles = goal.subgoals.map((id) => nameSubgoal(id.value, links))
    blocks.push(paragraph([text('Strategins delmål: '), ...joinEmphasised(titles), text('.')]))
  }
  if (goal.indicators.length > 0)
    blocks.push(paragraph(`Indikatorer: ${goal.indicators.map((indicator) => indicator.value).join('; ')}.`))
  return blocks
}

/** "*a*, *b* och *c*". */
function joinEmphasised(titles: readonly string[]): PhrasingContent[] {
  return titles.flatMap((title, index) => [
    ...(index === 0 ? [] : [text(index === titles.length - 1 ? ' och ' : ', ')]),
    emphasis(title),
  ])
}
