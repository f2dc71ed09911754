import { defineConfig } from 'vitest/config'
import root from '../../../vitest.config.js'

// `npm run screenshots:docs`: the picture makers, which the ordinary run leaves out.
export default defineConfig({ ...root, test: { ...root.test, include: ['test/workflow/screenshots/*.pictures.ts'] } })
