import { relative } from 'node:path'
import { formatKronor, type ImportedDataset, type Language, showControlCharacters } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'

/** One line per dataset: where it was written, how many units, each measure and its total. */
export function describeImported(
  datasets: readonly ImportedDataset[],
  outDir: string,
  cwd: string,
  written: boolean,
  lang: Language,
): string {
  const lines = datasets.map((dataset) => {
    const base = relative(cwd, `${outDir}/${dataset.id}`) || dataset.id
    const units = `${dataset.units.length} ${say(lang, dataset.unitKind === 'kommun' ? messages.cliData.kommuner : messages.cliData.lan)}`
    const measures = dataset.measures
      .map((m) => {
        const total =
          m.total !== undefined && m.total.den === 1n
            ? ` ${say(lang, messages.cliData.total)} ${formatKronor(m.total.toDecimal(), { unit: 'none', space: 'plain' })}`
            : ''
        return `${m.id}${total}`
      })
      .join(', ')
    return `${showControlCharacters(base)}.csv + .yaml: ${units}, ${measures}, ${dataset.referenceDate}`
  })
  const head = say(lang, written ? messages.cliData.wrote : messages.cliData.unchanged)
  return `${head}:\n${lines.map((line) => `  ${line}`).join('\n')}\n`
}
