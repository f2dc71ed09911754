import { relative } from 'node:path'
import { formatKronor, type ImportedDataset, type Language } from '@fordela/parser'
import { showSafely } from './show-safely.js'

/** One line per dataset: where it was written, how many units, each measure and its total. */
export function describeImported(datasets: readonly ImportedDataset[], outDir: string, cwd: string, written: boolean, lang: Language): string {
  const lines = datasets.map((dataset) => {
    const base = relative(cwd, `${outDir}/${dataset.id}`) || dataset.id
    const units = `${dataset.units.length} ${dataset.unitKind === 'kommun' ? (lang === 'sv' ? 'kommuner' : 'kommuner (municipalities)') : lang === 'sv' ? 'län' : 'län (counties)'}`
    const measures = dataset.measures
      .map((m) => {
        const total = m.total !== undefined && m.total.den === 1n ? ` ${lang === 'sv' ? 'summa' : 'total'} ${formatKronor(m.total.toDecimal(), { unit: 'none', space: 'plain' })}` : ''
        return `${m.id}${total}`
      })
      .join(', ')
    return `${showSafely(base)}.csv + .yaml: ${units}, ${measures}, ${dataset.referenceDate}`
  })
  const head = written ? (lang === 'sv' ? 'Skrev' : 'Wrote') : lang === 'sv' ? 'Oförändrat (filerna har redan detta innehåll)' : 'Unchanged (the files already hold this)'
  return `${head}:\n${lines.map((line) => `  ${line}`).join('\n')}\n`
}
