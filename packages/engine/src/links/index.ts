export { checkActionPlanLinks, checkAllocationLinks } from './check-links.js'
export { reportUncheckedLinks } from './report-unchecked-links.js'
