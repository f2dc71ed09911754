import type { Root, RootContent } from 'mdast'
import type { ActionPlanDocument, ItemList } from '@fordela/parser'
import { formatDate } from '../format/format-date.js'
import { bulletList, heading, list, listItem, paragraph } from '../mdast/build-mdast-nodes.js'
import { markdownTree, withMarkdown } from '../mdast/serialize-markdown.js'
import { renderProse } from '../prose/render-prose.js'
import { describeAgreementArea, type PlanLinks } from './plan-links.js'
import { renderPlanGoals } from './render-plan-goals.js'

/** A rendered handlingsplan. */
export interface RenderedActionPlan {
  readonly markdown: string
  /** The mdast tree the Markdown is written from (the studio renders its preview from it). */
  readonly tree: Root
}

/**
 * Renders an action plan as the county's handlingsplan, in the order of the
 * 2026 plan: title, adoption and authors, *Bakgrund*, the återblick,
 * *Utgångspunkter* (its basis and the agreement areas it builds on, with
 * their focus), *Mål* per area linked to the strategy's delmål, *Arbetet
 * framåt* and *Uppföljning*.
 *
 * @param links the agreement and strategy the plan refers to, for area numbers and delmål titles.
 */
export function renderActionPlan(plan: ActionPlanDocument, links: PlanLinks = {}): RenderedActionPlan {
  const blocks: RootContent[] = [heading(1, plan.title.value)]
  if (plan.adoption) {
    const date = plan.adoption.date ? ` ${formatDate(plan.adoption.date.value)}` : ''
    blocks.push(paragraph(`Antagen av ${plan.adoption.body.value}${date}.`))
  }
  if (plan.authors.length > 0) {
    const names = plan.authors.map((author) =>
      author.organisation ? `${author.name.value}, ${author.organisation.value}` : author.name.value,
    )
    blocks.push(paragraph('För arbetsgruppen:'), bulletList(names))
  }
  if (plan.background) blocks.push(heading(2, 'Bakgrund'), ...renderProse(plan.background).blocks)
  blocks.push(...renderItemList(plan.review, 'Återblick'))
  blocks.push(...renderBasis(plan, links), ...renderPlanGoals(plan, links))
  blocks.push(...renderItemList(plan.workPlan, 'Arbetet framåt'), ...renderFollowUp(plan))
  const tree = markdownTree(blocks)
  return withMarkdown(tree, {})
}

function renderItemList(items: ItemList | undefined, fallbackTitle: string): RootContent[] {
  if (!items || items.items.length === 0) return []
  return [heading(2, items.title?.value ?? fallbackTitle), bulletList(items.items.map((item) => item.value))]
}

/** The plan's basis and the agreement areas it builds on, each with its focus. */
function renderBasis(plan: ActionPlanDocument, links: PlanLinks): RootContent[] {
  const basis = plan.basis ? renderProse(plan.basis).blocks : []
  if (basis.length === 0 && plan.areas.length === 0) return []
  const blocks: RootContent[] = [heading(2, 'Utgångspunkter'), ...basis]
  if (plan.areas.length > 0) {
    blocks.push(paragraph('Handlingsplanen har dessa områden:'))
    blocks.push(
      list(
        plan.areas.map((area) => {
          const agreementArea = describeAgreementArea(area, links)
          const head = paragraph(
            agreementArea ? `${area.title.value} (överenskommelsens ${agreementArea})` : area.title.value,
          )
          const focus = area.focus.map((item) => item.value)
          return listItem(focus.length > 0 ? [head, bulletList(focus)] : [head])
        }),
      ),
    )
  }
  return blocks
}

function renderFollowUp(plan: ActionPlanDocument): RootContent[] {
  const followUp = plan.followUp
  if (!followUp) return []
  const blocks: RootContent[] = [heading(2, 'Uppföljning'), ...(followUp.text ? renderProse(followUp.text).blocks : [])]
  if (followUp.responsible) blocks.push(paragraph(`Ansvarig för uppföljningen: ${followUp.responsible.value}.`))
  if (followUp.when) blocks.push(paragraph(`Handlingsplanen följs upp: ${followUp.when.value}.`))
  if (followUp.indicators.length > 0) {
    blocks.push(paragraph('Indikatorer:'), bulletList(followUp.indicators.map((indicator) => indicator.value)))
  }
  return blocks
}
