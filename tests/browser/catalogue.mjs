// The public catalogue in a real (headless) browser, as a citizen uses it.
//
//   node tests/browser/catalogue.mjs
//
// Searches "dat dai" from the home page and opens a procedure; reaches a
// procedure by clicks alone (at most 3 from "/"); runs axe-core (WCAG 2.1
// A and AA rules) on the public pages; does the search with JavaScript
// off; checks a 360 px phone screen has no sideways scrolling; saves
// screenshots for a person to look at.
//
// Environment: DVC_BASE_URL (default http://127.0.0.1:8080), DVC_SCREENSHOTS
// (default tests/browser/screenshots beside this file).  Prints "ok N - ..."
// / "not ok N - ..." lines; exits 0 when all pass, 1 when one fails, 77
// (automake's SKIP) only when /usr/bin/chromium or node_modules is missing
// (install them with deps/debian.txt and "npm ci" in tests/browser).
//
// Chromium is Debian's: Playwright never downloads a browser here.  The
// flags keep Chromium from opening background connections, which a closed
// network refuses.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const MODULES = join(HERE, 'node_modules');
const AXE_JS = join(MODULES, 'axe-core', 'axe.min.js');
const BASE = (process.env.DVC_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SHOTS = resolve(process.env.DVC_SCREENSHOTS || join(HERE, 'screenshots'));
const NAV_TIMEOUT = 15000;        // each navigation and each action
const TOTAL_TIMEOUT = 120000;     // the whole script
const MAX_CLICKS = 3;             // TT 32/2017: any service within 3 clicks
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// --- SKIP only when the tools are not installed -------------------------
const missing = [];
if (!existsSync(CHROMIUM)) missing.push(CHROMIUM);
if (!existsSync(join(MODULES, 'playwright-core')) || !existsSync(AXE_JS))
  missing.push(MODULES + ' (run: npm ci in tests/browser)');
if (missing.length) {
  console.log('1..0 # SKIP missing ' + missing.join(', '));
  process.exit(77);
}

// --- a small TAP-like reporter -------------------------------------------
let n = 0;
let failed = 0;
function ok(cond, name, diag) {
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
function note(s) { console.log('# ' + s); }

// Runs one group of checks; an exception (timeout, missing element) is one
// failed check, and the other groups still run.
async function step(name, fn) {
  try {
    await fn();
  } catch (e) {
    ok(false, name, (e && e.message ? e.message : String(e)).split('\n').slice(0, 6).join('\n'));
  }
}

const nfc = (s) => (s || '').normalize('NFC');
const url = (path) => BASE + path;

const watchdog = setTimeout(() => {
  console.log(`not ok ${n + 1} - the whole script finished within ${TOTAL_TIMEOUT / 1000} s`);
  console.log('Bail out! timed out');
  process.exit(1);   // Playwright kills the browser it launched on exit
}, TOTAL_TIMEOUT);
watchdog.unref();

const { chromium } = await import('playwright-core');
const axeSource = readFileSync(AXE_JS, 'utf8');

// --- helpers that act like a person on the page --------------------------

// Goes to a path and returns the HTTP status.
async function open(page, path) {
  const r = await page.goto(url(path), { waitUntil: 'load', timeout: NAV_TIMEOUT });
  return r ? r.status() : 0;
}

// Clicks a locator that leads to another page and waits for that page.
async function clickAway(page, locator) {
  const before = page.url();
  await Promise.all([
    page.waitForURL((u) => u.toString() !== before, { timeout: NAV_TIMEOUT, waitUntil: 'load' }),
    locator.click({ timeout: NAV_TIMEOUT }),
  ]);
}

// The procedure links of a list page: links to /thu-tuc/<code> in <main>.
function procLinks(page) {
  return page.locator('main a[href^="/thu-tuc/"]:not([href*="format="])');
}

// Home page search: type into the labelled box, press the button.
async function searchFromHome(page, words) {
  const status = await open(page, '/');
  if (status !== 200) throw new Error(`GET / answered ${status}`);
  await page.getByLabel('Tìm thủ tục hành chính').fill(words);
  await clickAway(page, page.getByRole('button', { name: 'Tìm kiếm' }));
}

// What a procedure page shows: h1 text and the h2 headings.
async function procedurePage(page) {
  const h1 = page.locator('main h1');
  const h1Text = (await h1.count()) ? nfc(await h1.first().innerText()).trim() : '';
  const h2 = (await page.locator('main h2').allInnerTexts()).map((s) => nfc(s).trim());
  return { h1: h1Text, h2, url: page.url() };
}

function isProcedure(pp) {
  return pp.h1 !== '' && pp.h2.includes('Trình tự thực hiện') && pp.h2.includes('Thành phần hồ sơ');
}

// The first link in a home-page section (by its heading) whose count "(N)" > 0.
async function firstUsefulLink(page, heading) {
  const region = page.getByRole('region', { name: heading });
  const items = region.locator('li');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const t = await items.nth(i).locator('.n').innerText().catch(() => '');
    const m = /(\d+)/.exec(t);
    if (!m || Number(m[1]) > 0) return items.nth(i).getByRole('link').first();
  }
  throw new Error(`no link with procedures under "${heading}"`);
}

async function runAxe(page) {
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

const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  timeout: 30000,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

let browser;
let procPath = null;           // a procedure page reached by the search
let agencyPath = null;         // the first agency under "Theo cơ quan"
try {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch(LAUNCH);
  note(`${browser.version()} against ${BASE}`);

  const desktop = await browser.newContext({
    viewport: { width: 1280, height: 800 }, locale: 'vi-VN', bypassCSP: true,
  });
  desktop.setDefaultTimeout(NAV_TIMEOUT);
  desktop.setDefaultNavigationTimeout(NAV_TIMEOUT);
  const page = await desktop.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  // a. search "dat dai" from the home page, then open a procedure --------
  await step('search "dat dai" from the home page', async () => {
    let clicks = 0;
    await searchFromHome(page, 'dat dai');
    clicks++;
    ok(/\/thu-tuc\?/.test(page.url()) && new URL(page.url()).searchParams.get('q') === 'dat dai',
      'click 1 (Tìm kiếm) opens /thu-tuc?q=dat+dai', page.url());
    await page.screenshot({ path: join(SHOTS, 'desktop-results.png'), fullPage: true });
    const names = (await procLinks(page).allInnerTexts()).map(nfc);
    ok(names.length > 0, `the results list procedures (${names.length} on the page)`);
    const hit = names.find((s) => /[Đđ]ất đai/.test(s));
    ok(!!hit, 'a result is named with "đất đai" (diacritics shown)', names.slice(0, 5).join('\n'));
    if (hit) note(`e.g. "${hit.length > 100 ? hit.slice(0, 100) + '…' : hit}"`);
    await clickAway(page, procLinks(page).first());
    clicks++;
    const pp = await procedurePage(page);
    procPath = new URL(pp.url).pathname;
    ok(/^\/thu-tuc\/[^/?]+$/.test(procPath), `click 2 (first result) opens a procedure page ${procPath}`);
    ok(pp.h1 !== '', `the procedure page has an h1 ("${pp.h1}")`);
    ok(pp.h2.includes('Trình tự thực hiện'), 'the procedure page has "Trình tự thực hiện"', pp.h2.join(' | '));
    ok(pp.h2.includes('Thành phần hồ sơ'), 'the procedure page has "Thành phần hồ sơ"', pp.h2.join(' | '));
    ok(clicks <= MAX_CLICKS, `search path took ${clicks} clicks (at most ${MAX_CLICKS})`);
    await page.screenshot({ path: join(SHOTS, 'desktop-procedure.png'), fullPage: true });
  });

  await step('reach a procedure by clicks from "/" (by field)', async () => {
    let clicks = 0;
    const status = await open(page, '/');
    ok(status === 200, `GET / answers 200 (${status})`);
    await page.screenshot({ path: join(SHOTS, 'desktop-home.png'), fullPage: true });
    const field = await firstUsefulLink(page, 'Theo lĩnh vực');
    const fieldName = nfc(await field.innerText());
    await clickAway(page, field);
    clicks++;
    ok((await procLinks(page).count()) > 0,
      `click 1 (field "${fieldName}") lists procedures`, page.url());
    await clickAway(page, procLinks(page).first());
    clicks++;
    const pp = await procedurePage(page);
    ok(isProcedure(pp), `click 2 opens a procedure page ("${pp.h1}")`, pp.url);
    ok(clicks <= MAX_CLICKS, `field path took ${clicks} clicks (at most ${MAX_CLICKS})`);
  });

  await step('reach a procedure by clicks from "/" (by agency)', async () => {
    let clicks = 0;
    await open(page, '/');
    const agency = await firstUsefulLink(page, 'Theo cơ quan');
    agencyPath = new URL(await agency.getAttribute('href'), BASE).pathname;
    await clickAway(page, agency);
    clicks++;
    ok((await procLinks(page).count()) > 0, `click 1 (agency ${agencyPath}) lists procedures`, page.url());
    await clickAway(page, procLinks(page).first());
    clicks++;
    const pp = await procedurePage(page);
    ok(isProcedure(pp) && clicks <= MAX_CLICKS,
      `click 2 opens a procedure page ("${pp.h1}"), ${clicks} clicks`, pp.url);
  });

  if (!procPath) {
    // The search failed: take any procedure so the later checks still run.
    await open(page, '/thu-tuc').catch(() => {});
    const href = await procLinks(page).first().getAttribute('href', { timeout: 2000 }).catch(() => null);
    procPath = href || '/thu-tuc/KHONG.CO';
    note(`fallback procedure ${procPath}`);
  }
  if (!agencyPath) agencyPath = '/co-quan';

  // b. axe-core, WCAG 2.1 A and AA --------------------------------------
  const axePages = [
    ['/', 200], ['/thu-tuc?q=dat+dai', 200], [procPath, 200], ['/linh-vuc', 200],
    ['/co-quan', 200], [agencyPath, 200], ['/thu-tuc/KHONG.CO', 404],
  ];
  for (const [path, want] of axePages) {
    await step(`axe ${path}`, async () => {
      const status = await open(page, path);
      ok(status === want, `GET ${path} answers ${want} (${status})`);
      const r = await runAxe(page);
      const diag = r.violations.map((v) =>
        `${v.id} [${v.impact}] ${v.help} (${v.nodes} element${v.nodes > 1 ? 's' : ''})\n` +
        v.targets.map((t) => '    ' + t).join('\n')).join('\n');
      ok(r.violations.length === 0,
        `axe: no WCAG 2.1 A/AA violations on ${path} (${r.passes} rules pass)`, diag);
      if (r.incomplete.length) note(`axe could not decide on ${path}: ${r.incomplete.join(', ')}`);
    });
  }
  ok(pageErrors.length === 0, 'no script errors on the pages', pageErrors.join('\n'));
  await desktop.close();

  // c. without JavaScript ---------------------------------------------------
  await step('search without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
    ctx.setDefaultTimeout(NAV_TIMEOUT);
    ctx.setDefaultNavigationTimeout(NAV_TIMEOUT);
    try {
      const p = await ctx.newPage();
      await searchFromHome(p, 'dat dai');
      ok((await procLinks(p).count()) > 0, 'without JavaScript: the search lists procedures', p.url());
      await clickAway(p, procLinks(p).first());
      const pp = await procedurePage(p);
      ok(isProcedure(pp), `without JavaScript: a procedure page opens ("${pp.h1}")`, pp.url);
    } finally {
      await ctx.close();
    }
  });

  // d. a phone ---------------------------------------------------------------
  await step('phone viewport', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      locale: 'vi-VN',
    });
    ctx.setDefaultTimeout(NAV_TIMEOUT);
    ctx.setDefaultNavigationTimeout(NAV_TIMEOUT);
    try {
      const p = await ctx.newPage();
      for (const [path, shot] of [['/', 'phone-home.png'], ['/thu-tuc?q=dat+dai', 'phone-results.png'],
        [procPath, 'phone-procedure.png']]) {
        const status = await open(p, path);
        const w = await p.evaluate(() => ({
          scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth,
        }));
        ok(status === 200 && w.scroll <= w.inner + 1,
          `phone 360×740: no sideways scrolling on ${path} (${w.scroll} ≤ ${w.inner})`);
        await p.screenshot({ path: join(SHOTS, shot), fullPage: true });
      }
    } finally {
      await ctx.close();
    }
  });
  note(`screenshots in ${SHOTS}`);
} catch (e) {
  ok(false, 'the browser runs', e && e.stack ? e.stack : String(e));
} finally {
  if (browser) await browser.close().catch(() => {});
  clearTimeout(watchdog);
}

console.log(`1..${n}`);
console.log(`# ${n - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
