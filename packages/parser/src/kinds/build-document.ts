import type { DocumentKind, SpecDocument } from '../model/documents.js'
import type { YamlMap } from '../yaml/yaml-node.js'
import { buildActionPlan } from './build-action-plan.js'
import { buildAgreement } from './build-agreement.js'
import { buildAllocation } from './build-allocation.js'
import type { BuildResult } from './build-context.js'
import { buildDataset } from './build-dataset.js'
import { buildParties } from './build-parties.js'
import { buildStrategy } from './build-strategy.js'
import type { SpecDefaults } from './build-context.js'

/**
 * Builds the typed document of `kind` from a tree that kind's schema accepted.
 *
 * @param kind the kind the header names
 * @param root the document's mapping
 * @param file the workspace-relative path of the document
 */
export function buildDocument(
  kind: DocumentKind,
  root: YamlMap,
  file: string,
  defaults: SpecDefaults = {},
): BuildResult<SpecDocument> {
  switch (kind) {
    case 'Agreement':
      return buildAgreement(root, file, defaults)
    case 'Allocation':
      return buildAllocation(root, file, defaults)
    case 'Parties':
      return buildParties(root, file)
    case 'Dataset':
      return buildDataset(root, file)
    case 'Strategy':
      return buildStrategy(root, file)
    case 'ActionPlan':
      return buildActionPlan(root, file)
  }
}
