#!/usr/bin/env node
// The CLI runs from its esbuild bundle (built by `npm run build`): one file
// per command instead of some 270 modules, for a faster cold start.
import { main } from '../bundle/main.js'

await main()
