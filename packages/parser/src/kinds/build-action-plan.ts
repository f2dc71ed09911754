import type { ActionPlanArea, ActionPlanDocument, ActionPlanGoal, ItemList } from '../model/documents.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import {
  checkUniqueIds,
  compact,
  createBuildContext,
  finishBuild,
  type BuildContext,
  type BuildResult,
} from './build-context.js'
import { readHeader } from './read-header.js'
import { rangeOf, readMap, readMapItems, readText, readTextList, requireInteger, requireText } from './read-fields.js'

/**
 * Builds the typed ActionPlan from a tree its schema accepted. Area ids must
 * be unique, and so must goal ids across all areas (`schema/duplicate-id`).
 *
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildActionPlan(root: YamlMap, file: string): BuildResult<ActionPlanDocument> {
  const context = createBuildContext(file)
  const areas = readMapItems(root, 'areas').map((map) => readArea(map, context))
  checkUniqueIds(areas, 'area', context)
  checkUniqueIds(
    areas.flatMap((area) => area.goals),
    'goal',
    context,
  )
  const adoption = readMap(root, 'adoption')
  const followUp = readMap(root, 'followUp')
  const document: ActionPlanDocument = {
    ...readHeader(root, 'ActionPlan', context),
    year: requireInteger(root, 'year', context),
    authors: readMapItems(root, 'authors').map((map) => ({
      name: requireText(map, 'name', context),
      ...compact({ organisation: readText(map, 'organisation', context) }),
    })),
    areas,
    ...compact({
      county: readText(root, 'county', context),
      agreement: readText(root, 'agreement', context),
      strategy: readText(root, 'strategy', context),
      allocation: readText(root, 'allocation', context),
      adoption: adoption && {
        body: requireText(adoption, 'body', context),
        ...compact({ date: readText(adoption, 'date', context) }),
      },
      background: readText(root, 'background', context),
      review: readItemList(readMap(root, 'review'), context),
      basis: readText(root, 'basis', context),
      workPlan: readItemList(readMap(root, 'workPlan'), context),
      followUp: followUp && {
        indicators: readTextList(followUp, 'indicators', context),
        ...compact({
          responsible: readText(followUp, 'responsible', context),
          text: readText(followUp, 'text', context),
          when: readText(followUp, 'when', context),
        }),
      },
    }),
  }
  return finishBuild(document, context)
}

function readItemList(map: YamlMap | undefined, context: BuildContext): ItemList | undefined {
  return map && { items: readTextList(map, 'items', context), ...compact({ title: readText(map, 'title', context) }) }
}

function readArea(map: YamlMap, context: BuildContext): ActionPlanArea {
  return {
    id: requireText(map, 'id', context),
    title: requireText(map, 'title', context),
    focus: readTextList(map, 'focus', context),
    goals: readMapItems(map, 'goals').map((goal) => readGoal(goal, context)),
    at: rangeOf(map, context),
    ...compact({ agreementArea: readText(map, 'agreementArea', context) }),
  }
}

function readGoal(map: YamlMap, context: BuildContext): ActionPlanGoal {
  return {
    id: requireText(map, 'id', context),
    text: requireText(map, 'text', context),
    details: readTextList(map, 'details', context),
    subgoals: readTextList(map, 'subgoals', context),
    indicators: readTextList(map, 'indicators', context),
    at: rangeOf(map, context),
  }
}
