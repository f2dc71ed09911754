import type { PartiesDocument, Party, PartyGroup } from '../model/documents.js'
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
import { rangeOf, readBoolean, readMapItems, readText, readTextList, requireMap, requireText } from './read-fields.js'

/**
 * Builds the typed Parties document from a tree its schema accepted. A line
 * names a party, a group or a member by id alone, so all three share one
 * namespace: an id used twice anywhere in the document is `schema/duplicate-id`.
 *
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildParties(root: YamlMap, file: string): BuildResult<PartiesDocument> {
  const context = createBuildContext(file)
  const parties = readMapItems(root, 'parties').map((map) => readParty(map, context))
  const groups = readMapItems(root, 'groups').map((map) => readGroup(map, context))
  checkUniqueIds([...parties, ...groups, ...groups.flatMap((group) => group.members)], 'party', context)
  const county = requireMap(root, 'county')
  const document: PartiesDocument = {
    ...readHeader(root, 'Parties', context),
    county: { code: requireText(county, 'code', context), name: requireText(county, 'name', context) },
    parties,
    groups,
    ...compact({ dataset: readText(root, 'dataset', context), source: readText(root, 'source', context) }),
  }
  return finishBuild(document, context)
}

function readParty(map: YamlMap, context: BuildContext): Party {
  return {
    id: requireText(map, 'id', context),
    name: requireText(map, 'name', context),
    pool: readBoolean(map, 'pool') ?? false,
    units: readTextList(map, 'units', context),
    at: rangeOf(map, context),
    ...compact({
      short: readText(map, 'short', context),
      note: readText(map, 'note', context),
      caveat: readText(map, 'caveat', context),
    }),
  }
}

function readGroup(map: YamlMap, context: BuildContext): PartyGroup {
  return {
    id: requireText(map, 'id', context),
    name: requireText(map, 'name', context),
    members: readMapItems(map, 'members').map((member) => readParty(member, context)),
    unassigned: readMapItems(map, 'unassigned').map((entry) => ({
      unit: requireText(entry, 'unit', context),
      reason: requireText(entry, 'reason', context),
    })),
    at: rangeOf(map, context),
    ...compact({ short: readText(map, 'short', context), note: readText(map, 'note', context) }),
  }
}
