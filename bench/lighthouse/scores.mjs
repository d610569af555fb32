// Lighthouse's mobile preset over the given pages of a running shop, one Chromium for all of them.
// Usage: node scores.mjs <base-url> [path ...] [--categories a,b] [--json <file>] [--min-accessibility N] [--min-seo N] ...
// Prints one line per page; exits 1 when a page misses a --min-* score (the reason printed), 2 on a failed run.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const options = {};
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) options[args[i].slice(2)] = args[++i];
  else positional.push(args[i]);
}
const [base, ...paths] = positional;
const categories = (options.categories ?? 'performance,accessibility,best-practices,seo').split(',');
if (!base) {
  console.error('usage: node scores.mjs <base-url> [path ...] [--json file] [--min-<category> N]');
  process.exit(2);
}

// The flags Debian's Chromium needs on these machines: without the networking ones it keeps calling the closed network.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const results = [];
let failures = 0;
try {
  for (const path of paths.length ? paths : ['']) {
    const url = new URL(path, base).href;
    const audit = () => lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    let run = await audit();
    if (run?.lhr?.runtimeError) run = await audit(); // trace hiccups such as NO_NAVSTART pass on a second try
    if (!run?.lhr || run.lhr.runtimeError) {
      console.error(`${url}: Lighthouse failed: ${run?.lhr?.runtimeError?.message ?? 'no result'}`);
      process.exitCode = 2;
      continue;
    }
    const scores = Object.fromEntries(categories.map(c => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)]));
    const below = categories.filter(c => options[`min-${c}`] && scores[c] < Number(options[`min-${c}`]));
    const failedAudits = Object.values(run.lhr.audits)
      .filter(a => a.score !== null && a.score < 0.9 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .map(a => a.id);
    results.push({ path: '/' + path, ...scores, failedAudits });
    console.log(`/${path.padEnd(28)} ${categories.map(c => `${c} ${scores[c]}`).join('  ')}`
      + (failedAudits.length ? `   (below 90: ${failedAudits.join(', ')})` : ''));
    for (const c of below) {
      console.error(`/${path}: ${c} ${scores[c]} is below ${options[`min-${c}`]}`);
      failures++;
    }
  }
} finally {
  await chrome.kill();
}
if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 2));
if (failures > 0) process.exitCode = 1;
