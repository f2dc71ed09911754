import type { Session, SessionSource } from '../workspace/session.js'
import { t } from './texts.js'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/** The files a source holds, in words for a sentence ("mappen län från fordela studio"). */
export function describeSource(source: SessionSource): string {
  if (source.type === 'example') return t('sourceExamples')
  if (source.type === 'server') return t('sourceServed', { name: source.name })
  if (source.type === 'folder') return t('sourceFolder', { name: source.name })
  return t('sourceFiles', { name: source.name })
}

/** What is offered now: the session shown with unsaved edits, and what the address asked for instead. */
let offered: { kept: Session; heldBack: Session } | undefined

/**
 * Shows, above the workbench, that the unsaved edits of `kept` are shown
 * instead of what the address asked for (`heldBack`), with two buttons:
 * open that anyway (`open`, which asks the leave question while the edits
 * are unsaved) or keep working. `undefined` takes the choice away.
 */
export function offerHeldBack(kept: Session | undefined, heldBack: Session | undefined): void {
  offered = kept && heldBack ? { kept, heldBack } : undefined
  refreshHeldBack()
}

/** The session offered, if any. */
export function heldBackSession(): Session | undefined {
  return offered?.heldBack
}

/** Writes the choice's texts in the current language (after a language change, too). */
export function refreshHeldBack(): void {
  const box = $('held-back')
  box.hidden = !offered
  if (!offered) return
  const kept = describeSource(offered.kept.source)
  const source = offered.heldBack.source
  const name = source.type === 'server' ? source.name : ''
  $('held-back-text').textContent =
    source.type === 'server' ? t('heldBackServed', { kept, name }) : t('heldBackExample', { kept })
  $('held-back-open').textContent = source.type === 'server' ? t('openServedAnyway', { name }) : t('openExampleAnyway')
}
