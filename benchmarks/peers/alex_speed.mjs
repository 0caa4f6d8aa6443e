// Times alex's API on the texts benchmarks/speed.py hands over, in one Node process.
//   node alex_speed.mjs INPUT.json REPEATS   ->  JSON on stdout (same shape as speed.py's workers)
// INPUT.json: {"batch": [text, ...], "single": [text, ...]}. `text()` is alex's plain-text
// entry point (the CLI's --text mode); it builds its processor per call, as the CLI does.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'

const started = performance.now()
const {text} = await import('alex')
const setupSeconds = (performance.now() - started) / 1000

const [inputPath, repeatsArgument] = process.argv.slice(2)
const work = JSON.parse(readFileSync(inputPath, 'utf8'))
const repeats = Number(repeatsArgument || 1)
const warmUpTexts = 16

const lint = (value) => text(value).messages.length
for (const value of work.batch.slice(0, warmUpTexts)) lint(value)

const batchRuns = []
let findings = 0
for (let run = 0; run < repeats; run++) {
  const runStarted = performance.now()
  findings = 0
  for (const value of work.batch) findings += lint(value)
  batchRuns.push((performance.now() - runStarted) / 1000)
}

const latencies = work.single.map((value) => {
  const callStarted = performance.now()
  lint(value)
  return (performance.now() - callStarted) / 1000
})

process.stdout.write(
  JSON.stringify({
    setup_s: setupSeconds,
    batch_runs_s: batchRuns,
    batch_texts: work.batch.length,
    findings,
    latencies_s: latencies
  })
)
