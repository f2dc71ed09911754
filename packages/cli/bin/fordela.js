#!/usr/bin/env node
// The CLI runs from its esbuild bundle (built by `npm run build`): one
// CommonJS file compiled with a V8 code cache kept in the user's cache
// folder, for a fast cold start (packages/cli/src/code-cache/, docs/cli.md).
// This file is CommonJS (bin/package.json): Node reaches a CommonJS entry
// some milliseconds sooner than an ES module one.
const { join } = require('node:path')
const { launchCli } = require('../bundle/launch.cjs')

launchCli(join(__dirname, '../bundle/fordela.cjs'))
