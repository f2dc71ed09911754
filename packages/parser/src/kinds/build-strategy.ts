import type { StrategyDocument, StrategyGoal } from '../model/documents.js'
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
import { rangeOf, readMap, readMapItems, readText, requireInteger, requireText } from './read-fields.js'

/**
 * Builds the typed Strategy from a tree its schema accepted. Goal ids and
 * sub-goal ids must each be unique (`schema/duplicate-id`); links name
 * sub-goals only, so a goal and a sub-goal may share an id.
 *
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildStrategy(root: YamlMap, file: string): BuildResult<StrategyDocument> {
  const context = createBuildContext(file)
  const goals = readMapItems(root, 'goals').map((map) => readGoal(map, context))
  const subgoals = readMapItems(root, 'subgoals').map((map) => readGoal(map, context))
  checkUniqueIds(goals, 'goal', context)
  checkUniqueIds(subgoals, 'subgoal', context)
  const period = readMap(root, 'period')
  const document: StrategyDocument = {
    ...readHeader(root, 'Strategy', context),
    vision: requireText(root, 'vision', context),
    goals,
    subgoals,
    ...compact({
      period: period && { from: requireInteger(period, 'from', context), to: requireInteger(period, 'to', context) },
      adopted: readText(root, 'adopted', context),
      adoptedBy: readText(root, 'adoptedBy', context),
      summary: readText(root, 'summary', context),
    }),
  }
  return finishBuild(document, context)
}

function readGoal(map: YamlMap, context: BuildContext): StrategyGoal {
  return { id: requireText(map, 'id', context), title: requireText(map, 'title', context), at: rangeOf(map, context) }
}
