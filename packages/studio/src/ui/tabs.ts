/** The result tabs (memo, who gets what, changes): click or arrow keys, as the ARIA tabs pattern has it. */
export function setupTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')]
  const select = (chosen: HTMLButtonElement, focus: boolean) => {
    for (const tab of tabs) {
      const selected = tab === chosen
      tab.setAttribute('aria-selected', String(selected))
      tab.tabIndex = selected ? 0 : -1
      document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !selected
    }
    if (focus) chosen.focus()
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false))
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
      if (step !== 0) select(tabs[(index + step + tabs.length) % tabs.length]!, true)
    })
  })
}
