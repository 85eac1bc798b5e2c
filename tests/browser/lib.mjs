// What the browser tests share: Debian's Chromium and its flags, the
// TAP-like reporter, the watchdog, axe-core, screenshots and a few helpers
// that act like a person on the page.
//
//   import * as B from './lib.mjs';
//   const chromium = await B.start();      // SKIP (exit 77) or go on
//   ... B.ok(cond, name, diag) ...
//   B.finish();                             // plan line, summary, exit code
//
// Environment: DVC_BASE_URL (default http://127.0.0.1:8080), DVC_SCREENSHOTS
// (default tests/browser/screenshots beside this file).  Output is "ok N -
// ..." / "not ok N - ..." lines; finish() exits 0 when all pass, 1 when one
// fails; start() exits 77 (automake's SKIP) only when /usr/bin/chromium or
// node_modules is missing (install them with deps/debian.txt and "npm ci"
// in tests/browser).
//
// Chromium is Debian's: Playwright never downloads a browser here.  The
// flags keep Chromium from opening background connections, which a closed
// network refuses.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const MODULES = join(HERE, 'node_modules');
export const AXE_JS = join(MODULES, 'axe-core', 'axe.min.js');
export const BASE = (process.env.DVC_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const SHOTS = resolve(process.env.DVC_SCREENSHOTS || join(HERE, 'screenshots'));
export const NAV_TIMEOUT = 15000;        // each navigation and each action
export const TOTAL_TIMEOUT = 120000;     // the whole script
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  timeout: 30000,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'vi-VN', bypassCSP: true };
export const PHONE = {
  viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  locale: 'vi-VN',
};

// --- a small TAP-like reporter -------------------------------------------
let n = 0;
let failed = 0;

export function ok(cond, name, diag) {
  n++;
  if (cond) {
    console.log(`ok ${n} - ${name}`);
  } else {
    failed++;
    console.log(`not ok ${n} - ${name}`);
    // eslint-disable-next-line no-control-regex
    if (diag) for (const line of String(diag).replace(/\x1b\[[0-9;]*m/g, '').split('\n')) console.log('#   ' + line);
  }
  return !!cond;
}

export function note(s) { console.log('# ' + s); }

// Runs one group of checks; an exception (timeout, missing element) is one
// failed check, and the other groups still run.
export async function step(name, fn) {
  try {
    await fn();
  } catch (e) {
    ok(false, name, (e && e.message ? e.message : String(e)).split('\n').slice(0, 6).join('\n'));
  }
}

// The plan line and the summary; exits 0 when everything passed, else 1.
export function finish() {
  if (watchdog) clearTimeout(watchdog);
  console.log(`1..${n}`);
  console.log(`# ${n - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export const nfc = (s) => (s || '').normalize('NFC');
export const url = (path) => BASE + path;

// --- start: SKIP when the tools are missing, then the watchdog -----------
let watchdog = null;
let axeSource = null;

// Exits 77 when Chromium or node_modules is missing; otherwise arms the
// watchdog (the whole script within TOTAL_TIMEOUT), creates the screenshot
// folder and returns Playwright's chromium.  onTimeout, if given, runs
// (synchronously) before the exit, e.g. to clean up test data.
export async function start(onTimeout) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(CHROMIUM);
  if (!existsSync(join(MODULES, 'playwright-core')) || !existsSync(AXE_JS))
    missing.push(MODULES + ' (run: npm ci in tests/browser)');
  if (missing.length) {
    console.log('1..0 # SKIP missing ' + missing.join(', '));
    process.exit(77);
  }
  watchdog = setTimeout(() => {
    console.log(`not ok ${n + 1} - the whole script finished within ${TOTAL_TIMEOUT / 1000} s`);
    console.log('Bail out! timed out');
    try { if (onTimeout) onTimeout(); } catch { /* exiting anyway */ }
    process.exit(1);   // Playwright kills the browser it launched on exit
  }, TOTAL_TIMEOUT);
  watchdog.unref();
  mkdirSync(SHOTS, { recursive: true });
  const { chromium } = await import('playwright-core');
  axeSource = readFileSync(AXE_JS, 'utf8');
  return chromium;
}

// A browser context whose every action and navigation is bounded.
export async function newContext(browser, options) {
  const ctx = await browser.newContext(options);
  ctx.setDefaultTimeout(NAV_TIMEOUT);
  ctx.setDefaultNavigationTimeout(NAV_TIMEOUT);
  return ctx;
}

// --- helpers that act like a person on the page --------------------------

// Goes to a path and returns the HTTP status.
export async function open(page, path) {
  const r = await page.goto(url(path), { waitUntil: 'load', timeout: NAV_TIMEOUT });
  return r ? r.status() : 0;
}

// Clicks a locator that leads to another page and waits for that page.
export async function clickAway(page, locator) {
  const before = page.url();
  await Promise.all([
    page.waitForURL((u) => u.toString() !== before, { timeout: NAV_TIMEOUT, waitUntil: 'load' }),
    locator.click({ timeout: NAV_TIMEOUT }),
  ]);
}

// Clicks a form's submit button and waits for the answer to load, even
// when it comes back to the same address; returns the final HTTP status
// (after redirects).
export async function submit(page, button) {
  const [r] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load', timeout: NAV_TIMEOUT }),
    button.click({ timeout: NAV_TIMEOUT }),
  ]);
  return r ? r.status() : 0;
}

// Saves a full-page screenshot under SHOTS.
export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

// Width the page needs against the window's (sideways scrolling when >).
export function widths(page) {
  return page.evaluate(() => ({
    scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth,
  }));
}

// axe-core (WCAG 2.1 A and AA) on the page as it is now.  The context
// needs bypassCSP so the script can be injected.
export async function runAxe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.length, targets: v.nodes.slice(0, 4).map((x) => x.target.join(' ')),
      })),
      passes: r.passes.length,
      incomplete: r.incomplete.map((v) => v.id),
    };
  }, AXE_TAGS);
}

// One check: no axe violations on the page, named `what`; each violation
// printed with its id, impact, help and first targets.
export async function axeOk(page, what) {
  const r = await runAxe(page);
  const diag = r.violations.map((v) =>
    `${v.id} [${v.impact}] ${v.help} (${v.nodes} element${v.nodes > 1 ? 's' : ''})\n` +
    v.targets.map((t) => '    ' + t).join('\n')).join('\n');
  ok(r.violations.length === 0,
    `axe: no WCAG 2.1 A/AA violations on ${what} (${r.passes} rules pass)`, diag);
  if (r.incomplete.length) note(`axe could not decide on ${what}: ${r.incomplete.join(', ')}`);
  return r;
}
