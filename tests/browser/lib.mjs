// What the browser tests share: Debian's Chromium and its flags, the
// TAP-like reporter, the watchdog, axe-core, screenshots and a few helpers
// that act like a person on the page.
//
//   import * as B from './lib.mjs';
//   const chromium = await B.start();      // SKIP (exit 77) or go on
//   ... B.ok(cond, name, diag) ...
//   B.finish();                             // plan line, summary, exit code
// or, around the browser: await B.run(chromium, async (browser) => {...},
// cleanupAndCheck)  (launch, "the browser runs" on an exception, finish).
//
// Also: the stack's database (sql, trySql), the development mail sink
// (waitForMail, verificationLink), test people (digits, cccd, badCccd) and
// the account pages (fillRegister, login), shared by the tests that need them.
//
// Environment: DVC_BASE_URL (default http://127.0.0.1:8080), DVC_SCREENSHOTS
// (default tests/browser/screenshots beside this file), DVC_ROOT (the source
// tree, default two folders up), DVC_MAILDIR (the SMTP sink's Maildir,
// default $DVC_ROOT/var/mail), DVC_DB_SOCKET (default
// $DVC_ROOT/var/run/mysqld.sock; sql() runs the mariadb client as root
// through it).
//
// Output is "ok N - ..." / "not ok N - ..." lines; finish() exits 0 when
// all pass, 1 when one fails; start() exits 77 (automake's SKIP) only when /usr/bin/chromium or
// node_modules is missing (install them with deps/debian.txt and "npm ci"
// in tests/browser).
//
// Chromium is Debian's: Playwright never downloads a browser here.  The
// flags keep Chromium from opening background connections, which a closed
// network refuses.

import { execFileSync } from 'node:child_process';
import {
  existsSync, mkdirSync, readdirSync, readFileSync, statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
// The source tree, the SMTP sink's Maildir and MariaDB's socket.
export const ROOT = resolve(process.env.DVC_ROOT || join(HERE, '..', '..'));
export const MAILDIR = resolve(process.env.DVC_MAILDIR || join(ROOT, 'var', 'mail'));
export const DB_SOCKET = process.env.DVC_DB_SOCKET || join(ROOT, 'var', 'run', 'mysqld.sock');
export const MAIL_WAIT = 30000;   // the mailer polls the outbox every few seconds

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
// A context with JavaScript off (every public page must work without it).
export const NO_JS = { javaScriptEnabled: false, locale: 'vi-VN' };

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

// One check: the page needs no sideways scrolling; `name` gets
// " (scroll ≤ inner)" appended; `also` is a further condition of it.
export async function fitsOk(page, name, also = true) {
  const w = await widths(page);
  return ok(also && w.scroll <= w.inner + 1, `${name} (${w.scroll} ≤ ${w.inner})`);
}

// A new context (newContext(browser, options)) and a page in it whose
// script errors are collected in `errors`: { ctx, page, errors }.
export async function watchedPage(browser, options) {
  const ctx = await newContext(browser, options);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { ctx, page, errors };
}

// Runs fn(page, ctx) on a new page of a new context (newContext(browser,
// options)), and closes the context whatever happens.
export async function withPage(browser, options, fn) {
  const ctx = await newContext(browser, options);
  try {
    return await fn(await ctx.newPage(), ctx);
  } finally {
    await ctx.close();
  }
}

// A test's run: launches Chromium (LAUNCH) and runs body(browser); an
// exception there is one failed check "the browser runs".  Then closes the
// browser, runs after() (e.g. the clean-up and its check) and finish()es.
export async function run(chromium, body, after) {
  let browser;
  try {
    browser = await chromium.launch(LAUNCH);
    await body(browser);
  } catch (e) {
    ok(false, 'the browser runs', e && e.stack ? e.stack : String(e));
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  if (after) after();
  finish();
}

// --- what a page shows ---------------------------------------------------

// The text of the page's first <main> h1, NFC, trimmed.
export const h1 = async (page) => nfc(await page.locator('main h1').first().innerText()).trim();
// The page's path and query string.
export const path = (page) => { const u = new URL(page.url()); return u.pathname + u.search; };
// The text of <main> and of the site header, NFC.
export const mainText = async (page) => nfc(await page.locator('main').innerText());
export const headerText = async (page) => nfc(await page.locator('header.site').innerText());
// The button named exactly `name` inside <main>.
export const button = (page, name) => page.locator('main').getByRole('button', { name, exact: true });

// --- the database (the mariadb client as root through DB_SOCKET) --------

// Runs SQL statements; returns the output (tab-separated, no column names),
// trimmed.  Throws on an error (e.stderr holds the client's message).
export function sql(q) {
  return execFileSync('mariadb', ['-S', DB_SOCKET, '-u', 'root', '--batch',
    '--skip-column-names', 'dichvucong', '-e', q],
  { timeout: 15000, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
}

// Runs SQL (a clean-up); returns '' or the error text.  Synchronous, so the
// watchdog can call it; tries for a few seconds while MariaDB restarts.
export function trySql(q) {
  let err = '';
  for (let i = 0; i < 5; i++) {
    try {
      sql(q);
      return '';
    } catch (e) {
      err = (e.stderr && String(e.stderr).trim()) || e.message;
      if (!/ERROR 20(02|13)/.test(err)) return err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  return err;
}

// --- test people -----------------------------------------------------------

// k random decimal digits.
export const digits = (k) => Array.from({ length: k }, () => Math.floor(Math.random() * 10)).join('');
// A valid CCCD: a province code 001–096, then 9 digits.
export const cccd = () => String(1 + Math.floor(Math.random() * 96)).padStart(3, '0') + digits(9);
// A wrong CCCD: 12 digits, but no province 097.
export const badCccd = () => '097' + digits(9);

// --- the development mail sink (Maildir: new/, cur/) ------------------------

// RFC 2047 encoded words in a header (=?utf-8?B?…?= / ?Q?), decoded.
export function decodeWords(s) {
  return s.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (all, cs, enc, text) => {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64')
        : qpBytes(text.replace(/_/g, ' '));
      return charset(bytes, cs);
    });
}

// Quoted-printable to bytes (soft line breaks removed).
function qpBytes(s) {
  const t = s.replace(/=\r?\n/g, '');
  const out = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) {
      out.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(t.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(out);
}

function charset(bytes, cs) {
  try {
    return new TextDecoder((cs || 'utf-8').trim().toLowerCase(), { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');   // visibly wrong: the checks on the text fail
  }
}

// Headers (lower-case names, unfolded) and the body of one MIME entity,
// from its raw text (latin1: one char per byte).
function entity(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) {
      const k = line.slice(0, c).trim().toLowerCase();
      if (!(k in headers)) headers[k] = line.slice(c + 1).trim();
    }
  }
  return { headers, body };
}

const param = (value, name) =>
  (new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value || '') || [])
    .slice(1).find((x) => x !== undefined);

// The text of a message (raw, latin1): the first text/plain part, transfer
// encoding (base64, quoted-printable, 8bit) and charset decoded, line ends
// as \n, NFC.
export function messageText(raw) {
  const e = entity(raw);
  const type = (e.headers['content-type'] || 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(e.headers['content-type'], 'boundary');
    if (!boundary) return '';
    const parts = e.body.split('--' + boundary).slice(1, -1)
      .map((p) => p.replace(/^\r?\n/, ''));
    for (const p of parts) {
      const t = entity(p).headers['content-type'] || 'text/plain';
      if (/^text\/plain/i.test(t) || /^multipart\//i.test(t)) {
        const s = messageText(p);
        if (s) return s;
      }
    }
    return '';
  }
  const cte = (e.headers['content-transfer-encoding'] || '7bit').toLowerCase();
  const bytes = cte === 'base64' ? Buffer.from(e.body.replace(/\s+/g, ''), 'base64')
    : cte === 'quoted-printable' ? qpBytes(e.body) : Buffer.from(e.body, 'latin1');
  return nfc(charset(bytes, param(e.headers['content-type'], 'charset') || 'utf-8')
    .replace(/\r\n/g, '\n'));
}

// Waits for a mail to `address` (X-RcptTo or To) received since `since`
// (ms) for which want(mail) holds; returns mail = { file, subject, text }
// (decoded) or null after MAIL_WAIT.
export async function waitForMail(address, since, want = () => true) {
  const deadline = Date.now() + MAIL_WAIT;
  for (;;) {
    for (const sub of ['new', 'cur']) {
      let names = [];
      try { names = readdirSync(join(MAILDIR, sub)); } catch { continue; }
      for (const name of names) {
        const file = join(MAILDIR, sub, name);
        try {
          if (statSync(file).mtimeMs < since - 5000) continue;
          const raw = readFileSync(file).toString('latin1');
          if (!raw.toLowerCase().includes(address)) continue;
          const { headers } = entity(raw);
          const to = (headers['x-rcptto'] || '') + ' ' + (headers.to || '');
          if (!to.toLowerCase().includes(address)) continue;
          const mail = { file, subject: nfc(decodeWords(headers.subject || '')), text: messageText(raw) };
          if (want(mail)) return mail;
        } catch { /* a file being moved: next round */ }
      }
    }
    if (Date.now() > deadline) return null;
    await sleep(500);
  }
}

// The account verification link in a mail's text: { origin, path } (origin
// '' when the link is a bare path; path /tai-khoan/xac-thuc?ma=<64 hex>),
// or null.
export function verificationLink(text) {
  const m = /(https?:\/\/[^\s<>"]+)?(\/tai-khoan\/xac-thuc\?ma=[0-9a-f]{64})(?![0-9a-zA-Z])/.exec(text);
  return m ? { origin: m[1] || '', path: m[2] } : null;
}

// --- the account pages, as a citizen uses them ------------------------------

// Types a citizen's registration into the form on the page (/tai-khoan/
// dang-ky): p = { name, idno, email, phone, address, password[, password2] };
// `over` replaces some of them.
export async function fillRegister(page, p, over = {}) {
  const v = { ...p, ...over };
  await page.getByRole('radio', { name: 'Công dân' }).check();
  await page.locator('#f-ho_ten').fill(v.name);
  await page.locator('#f-so_dinh_danh').fill(v.idno);
  await page.locator('#f-email').fill(v.email);
  await page.locator('#f-dien_thoai').fill(v.phone);
  await page.locator('#f-dia_chi').fill(v.address);
  await page.locator('#f-mat_khau').fill(v.password);
  await page.locator('#f-mat_khau_2').fill(v.password2 || v.password);
}

// Logs in through the form on /tai-khoan/dang-nhap (opened unless the page
// is already there, e.g. with ?tiep=…); returns the final HTTP status.
export async function login(page, email, password) {
  if (new URL(page.url()).pathname !== '/tai-khoan/dang-nhap') await open(page, '/tai-khoan/dang-nhap');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-mat_khau').fill(password);
  return submit(page, button(page, 'Đăng nhập'));
}
