export { checkActionPlanLinks, checkAllocationLinks } from './check-links.js'
