export { checkActionPlanLinks, checkAllocationLinks } from './check-links.js'
export { reportUncheckedLinks } from './report-unchecked-links.js'
export { traceMoneyToGoals, type GoalMoney, type GoalSection, type MoneyToGoals } from './trace-money-to-goals.js'
