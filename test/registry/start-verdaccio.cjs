// Starts Verdaccio (a root dev dependency) as a private npm registry for the
// end-to-end test, on 127.0.0.1 and a free port, with its storage and config
// in the folder given as the first argument. Prints `ready <url>` on
// stdout once it listens. It has no uplinks: only what the test publishes
// can be installed from it. It stops when its parent closes stdin (also
// when the parent dies), so it never outlives the test.
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const { runServer } = require('verdaccio')

async function main() {
  const folder = process.argv[2]
  if (!folder) throw new Error('usage: start-verdaccio.cjs <folder>')
  mkdirSync(join(folder, 'storage'), { recursive: true })
  const configPath = join(folder, 'config.yaml')
  writeFileSync(
    configPath,
    [
      `storage: ${JSON.stringify(join(folder, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(folder, 'htpasswd'))}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      'log: { type: stdout, format: pretty, level: error }',
      'web: { enable: false }',
      '',
    ].join('\n'),
  )
  const app = await runServer(configPath)
  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`ready http://127.0.0.1:${server.address().port}/\n`)
  })
  const stop = () => server.close(() => process.exit(0))
  process.stdin.on('end', stop)
  process.stdin.on('close', stop)
  process.stdin.resume()
}

main().catch((error) => {
  process.stderr.write(`start-verdaccio: ${error.stack ?? error}\n`)
  process.exit(1)
})
