// Opens N signed-in browser sessions on a running Panel, each holding the scoring view (/interview/{id}) open,
// and measures the server's heap per session: heap used after a full collection (jcmd GC.run, GC.heap_info)
// with the warm-up sessions open, and again with N more, divided by N. Run by bench/sessions.sh.
// Before measuring, the warm-up sessions reload their view RELOADS times each, so that the server's code is compiled as it
// is in a server that has run for a while; the measured sessions then open one after another (each signs in, then opens
// its view) while all the earlier ones stay open, so that a build is not timed while other tabs render on the same cores.
// Usage: node sessions.mjs BASE_URL SERVER_PID SESSIONS [WARMUP] [RELOADS]
// Needs playwright-core (npm i playwright-core@1.49 in the folder named by NODE_PATH) and /usr/bin/chromium.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [base, pid, countArg, warmupArg, reloadsArg] = process.argv.slice(2);
const count = Number(countArg);
const warmup = Number(warmupArg ?? 3);
const reloads = Number(reloadsArg ?? 10);
const users = ['interviewer.a', 'interviewer.b', 'interviewer.c'];
const password = 'panel-demo';

/** Interviews on which the user sits on the panel, found through the REST API. */
async function interviewsOf(username) {
  const token = await (await fetch(`${base}/api/tokens`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })).json();
  const list = await (await fetch(`${base}/api/interviews`, {
    headers: { Authorization: `Bearer ${token.token}` },
  })).json();
  const ids = list.map((row) => row.interview.id);
  if (ids.length === 0) throw new Error(`${username} sits on no interview: start Panel in demo mode`);
  return ids;
}

/** Heap used after a full collection, in bytes (the smaller of two tries, to let finalisation settle). */
function heapAfterGc() {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    execFileSync('jcmd', [pid, 'GC.run'], { stdio: 'ignore' });
    const info = execFileSync('jcmd', [pid, 'GC.heap_info']).toString();
    const used = /used (\d+)K/.exec(info);
    if (!used) throw new Error(`no heap figure in: ${info}`);
    best = Math.min(best, Number(used[1]) * 1024);
  }
  return best;
}

/** One browser context = one cookie jar = one server session: signs in as a person would, then opens the view. */
async function openSession(browser, n, interviews) {
  const user = users[n % users.length];
  const ids = interviews[user];
  const id = ids[Math.floor(n / users.length) % ids.length];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${base}/login`);
  await page.locator('#vaadinLoginUsername input').fill(user);
  await page.locator('#vaadinLoginPassword input').fill(password);
  await page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.waitForLoadState('load');
  await page.goto(`${base}/interview/${id}`);
  await page.locator('#candidate-name').waitFor();
  return { context, page, user, id };
}

async function openMany(browser, from, to, interviews, parallel) {
  const opened = [];
  for (let start = from; start < to; start += parallel) {
    const batch = [];
    for (let n = start; n < Math.min(to, start + parallel); n++) batch.push(openSession(browser, n, interviews));
    opened.push(...await Promise.all(batch));
  }
  return opened;
}

/** Builds the view again in every warm-up session, RELOADS times. */
async function reloadAll(sessions) {
  for (let i = 0; i < reloads; i++) {
    for (const s of sessions) {
      await s.page.reload();
      await s.page.locator('#candidate-name').waitFor();
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const interviews = {};
  for (const user of users) interviews[user] = await interviewsOf(user);

  const warm = await openMany(browser, 0, warmup, interviews, 4);
  await reloadAll(warm);
  const before = heapAfterGc();
  const started = Date.now();
  const sessions = await openMany(browser, warmup, warmup + count, interviews, 1);
  const openedIn = (Date.now() - started) / 1000;
  const after = heapAfterGc();

  // Every page must still show its scoring view (nothing expired or failed while the others opened).
  let showing = 0;
  for (const s of [...warm, ...sessions]) {
    if (await s.page.locator('#candidate-name').isVisible()) showing++;
  }
  const perSession = (after - before) / count;
  console.log(`sessions: ${warmup} warm-up (each view built ${reloads + 1} times) + ${count} measured, opened one by one in ${openedIn.toFixed(1)} s; ${showing}/${warmup + count} still show the scoring view`);
  console.log(`heap after full GC: ${(before / 1048576).toFixed(1)} MB with ${warmup} sessions, ${(after / 1048576).toFixed(1)} MB with ${warmup + count}`);
  console.log(`RESULT heapPerSessionKB=${(perSession / 1024).toFixed(0)} sessions=${count} showing=${showing} total=${warmup + count}`);
  if (showing !== warmup + count) process.exitCode = 1;
} finally {
  await browser.close();
}
