import type { RootContent } from 'mdast'
import type { DatasetDocument } from '@fordela/parser'
import { bulletList, heading, paragraph } from '../mdast/build-mdast-nodes.js'

/**
 * *Underlag*: every dataset the amounts rest on, with the day its values
 * refer to and where they come from ("Folkmängd per län 2023-12-31: värden
 * per 2023-12-31. Källa: SCB, BE0101 Folkmängd 31 december."), so that a
 * reader of the memo always sees how old the figures are. Nothing when no
 * dataset is used. Datasets are listed once each, in the order given, after
 * `lead` ("Beloppen bygger på:").
 */
export function renderDatasetSources(datasets: readonly DatasetDocument[], depth: 2 | 3, lead: string): RootContent[] {
  const unique = [...new Map(datasets.map((dataset) => [dataset.id.value, dataset])).values()]
  if (unique.length === 0) return []
  return [heading(depth, 'Underlag'), paragraph(lead), bulletList(unique.map(describeDataset))]
}

function describeDataset(dataset: DatasetDocument): string {
  const { source } = dataset
  const where = [source.publisher.value, source.table?.value].filter((part) => part !== undefined).join(', ')
  const retrieved = source.retrieved ? `, hämtad ${source.retrieved.value}` : ''
  return `${dataset.title.value}: värden per ${dataset.referenceDate.value}. Källa: ${where}${retrieved}.`
}
