import type { SaveTarget } from '../files/save-target.js'
import { t } from './texts.js'

/**
 * Says on the save button where it writes: its label ("Spara till disk",
 * "Spara i mappen", "Spara som zip"; "Spara" while nothing is open), a description naming the folder (the
 * button's title, read out as its description), and `data-save-target`.
 * Disabled while no files are open.
 */
export function showSaveTarget(button: HTMLButtonElement, target: SaveTarget | undefined): void {
  button.disabled = !target
  button.dataset.saveTarget = target?.kind ?? ''
  if (!target) {
    button.textContent = t('save')
    button.title = t('saveNothingOpen')
  } else if (target.kind === 'server') {
    button.textContent = t('saveToDisk')
    button.title = t('saveToDiskHint', { name: target.served.name })
  } else if (target.kind === 'folder') {
    button.textContent = t('saveToFolder')
    button.title = t('saveToFolderHint', { name: target.name })
  } else {
    button.textContent = t('saveAsZip')
    button.title = t('saveAsZipHint')
  }
}
