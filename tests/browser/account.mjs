// Accounts in a real (headless) browser, as a citizen uses them.
//
//   node tests/browser/account.mjs
//
// Registers (first with mistakes: the errors stand beside the fields and
// what was typed is kept), opens the verification link from the e-mail the
// local SMTP server received, logs in, changes the profile, logs out with
// the header button; runs axe-core (WCAG 2.1 A and AA rules) on every
// account page, plain and with errors; does register + verify + login +
// logout again with JavaScript off; checks a 360 px phone screen has no
// sideways scrolling; saves screenshots for a person to look at.  Every
// account it creates is named browser-<time>…@example.invalid and deleted
// at the end.
//
// Environment: DVC_BASE_URL (default http://127.0.0.1:8080), DVC_ROOT (the
// source tree, default two folders up), DVC_MAILDIR (the SMTP sink's
// Maildir, default $DVC_ROOT/var/mail), DVC_DB_SOCKET (default
// $DVC_ROOT/var/run/mysqld.sock; the clean-up runs the mariadb client as
// root through it), DVC_SCREENSHOTS (default tests/browser/screenshots).
// Output and exit codes as tests/browser/lib.mjs: 0 all passed, 1 a check
// failed, 77 (SKIP) only when Chromium or node_modules is missing.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  BASE, DESKTOP, HERE, LAUNCH, PHONE, SHOTS,
  axeOk, finish, newContext, nfc, note, ok, open, shot, start, step, submit, widths,
} from './lib.mjs';

const ROOT = resolve(process.env.DVC_ROOT || join(HERE, '..', '..'));
const MAILDIR = resolve(process.env.DVC_MAILDIR || join(ROOT, 'var', 'mail'));
const DB_SOCKET = process.env.DVC_DB_SOCKET || join(ROOT, 'var', 'run', 'mysqld.sock');
const MAIL_WAIT = 30000;          // the mailer polls the outbox every few seconds
const CLEANUP_SQL = "DELETE FROM account WHERE email LIKE 'browser-%@example.invalid'";
const STAMP = Date.now();

// --- the people who register ------------------------------------------------

const digits = (k) => Array.from({ length: k }, () => Math.floor(Math.random() * 10)).join('');
// A CCCD: a province code 001–096, then 9 digits.
const cccd = () => String(1 + Math.floor(Math.random() * 96)).padStart(3, '0') + digits(9);

function person(tag, name, newName) {
  return {
    email: `browser-${STAMP}${tag}@example.invalid`,
    name,
    newName,
    idno: cccd(),
    phone: '0912 345 678',
    newPhone: '0987 654 ' + digits(3),
    address: 'Số 12 đường Lê Lợi, phường Quang Trung, thành phố Minh Sơn',
    password: 'matkhau' + digits(4) + 'Xy',
  };
}
const citizen = person('', 'Nguyễn Thị Thu Hà', 'Nguyễn Thị Thu Hằng');
const noScript = person('-nojs', 'Trần Văn Đức', 'Trần Văn Đức Anh');

// --- clean-up -----------------------------------------------------------------

// Deletes every account this test ever made; returns an error text or ''.
function cleanup() {
  try {
    execFileSync('mariadb', ['-S', DB_SOCKET, '-u', 'root', 'dichvucong', '-e', CLEANUP_SQL],
      { timeout: 15000, stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (e) {
    return (e.stderr && String(e.stderr).trim()) || e.message;
  }
}

const chromium = await start(cleanup);   // exits 77 (SKIP) when the tools are missing

// --- the e-mail, as the SMTP server stored it ------------------------------

// RFC 2047 encoded words in a header (=?utf-8?B?…?= / ?Q?).
function decodeWords(s) {
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

// The text of a message: the first text/plain part, transfer encoding and
// charset decoded, line ends as \n, NFC.
function messageText(raw) {
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

// Waits for the mail to `address` received since `since` (ms); returns
// { file, subject, text } or null after MAIL_WAIT.
async function waitForMail(address, since) {
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
          return { file, subject: nfc(decodeWords(headers.subject || '')), text: messageText(raw) };
        } catch { /* a file being moved: next round */ }
      }
    }
    if (Date.now() > deadline) return null;
    await sleep(500);
  }
}

// --- the pages ----------------------------------------------------------------

const h1 = async (page) => nfc(await page.locator('main h1').first().innerText()).trim();
const path = (page) => { const u = new URL(page.url()); return u.pathname + u.search; };
const value = (page, name) => page.locator(`#f-${name}`).inputValue().then(nfc);
const headerText = async (page) => nfc(await page.locator('header.site').innerText());

// Types a registration into the form as it is on the page.
async function fillRegister(page, p, over = {}) {
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

const button = (page, name) => page.locator('main').getByRole('button', { name, exact: true });

// Whether the field `name` shows an error beside it: the message inside
// the same .field, tied to the input with aria-describedby, input marked
// aria-invalid.  Returns the message or null.
async function fieldError(page, name) {
  const err = page.locator(`.field:has(#f-${name}) #e-${name}`);
  if (await err.count() !== 1 || !(await err.isVisible())) return null;
  const input = page.locator(`#f-${name}`);
  const described = (await input.getAttribute('aria-describedby')) || '';
  if (!described.split(/\s+/).includes(`e-${name}`)) return null;
  if ((await input.getAttribute('aria-invalid')) !== 'true') return null;
  return nfc(await err.innerText()).trim();
}

// Submits the (already filled) registration; checks the confirmation page.
async function registerDone(page, p, pre) {
  const status = await submit(page, button(page, 'Đăng ký'));
  ok(status === 200 && (await h1(page)) === 'Kiểm tra thư điện tử',
    `${pre}registration accepted: "Kiểm tra thư điện tử" (${status})`, page.url());
  const text = nfc(await page.locator('main').innerText());
  ok(text.includes(p.email), `${pre}the confirmation page names ${p.email}`, text);
}

// Waits for the verification mail and opens its link; returns the link.
async function verifyByMail(page, p, since, pre) {
  const t0 = Date.now();
  const mail = await waitForMail(p.email, since);
  ok(!!mail, `${pre}the SMTP server received a mail to ${p.email} within ${MAIL_WAIT / 1000} s` +
    (mail ? ` (${((Date.now() - t0) / 1000).toFixed(1)} s)` : ''), `looked in ${MAILDIR}/{new,cur}`);
  if (!mail) throw new Error('no verification mail');
  note(`mail ${mail.file.slice(MAILDIR.length + 1)}: "${mail.subject}"`);
  ok(mail.subject === 'Xác thực tài khoản Cổng Dịch vụ công', `${pre}its subject reads in Vietnamese`, mail.subject);
  ok(mail.text.includes(`Kính gửi ${p.name},`), `${pre}it greets "${p.name}" (UTF-8 decoded)`, mail.text);
  const m = /(https?:\/\/[^\s<>"]+)?(\/tai-khoan\/xac-thuc\?ma=[0-9a-f]{64})(?![0-9a-zA-Z])/.exec(mail.text);
  ok(!!m, `${pre}it holds a link /tai-khoan/xac-thuc?ma=<64 hex>`, mail.text);
  if (!m) throw new Error('no verification link');
  if (m[1] && m[1] !== BASE) note(`the link points at ${m[1]}; opened on ${BASE}`);
  const status = await open(page, m[2]);
  const title = await h1(page);
  ok(status === 200 && title === 'Tài khoản đã được kích hoạt',
    `${pre}the link opens "Tài khoản đã được kích hoạt" (${status})`, title);
  return m[2];
}

// Logs in through the form on /tai-khoan/dang-nhap; returns the status.
async function login(page, email, password) {
  if (new URL(page.url()).pathname !== '/tai-khoan/dang-nhap') await open(page, '/tai-khoan/dang-nhap');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-mat_khau').fill(password);
  return submit(page, button(page, 'Đăng nhập'));
}

// The account page shows the holder's name (header and form).
async function showsName(page, name, pre) {
  const where = path(page);
  ok(where.startsWith('/tai-khoan') && !where.startsWith('/tai-khoan/') && (await h1(page)) === 'Tài khoản của tôi',
    `${pre}lands on /tai-khoan "Tài khoản của tôi"`, where);
  ok((await headerText(page)).includes(`Tài khoản: ${name}`), `${pre}the header shows "Tài khoản: ${name}"`,
    await headerText(page));
  ok((await value(page, 'ho_ten')) === name, `${pre}the form holds the name "${name}"`, await value(page, 'ho_ten'));
}

// Changes name and phone on /tai-khoan; checks the saved message and values.
async function changeProfile(page, p, pre) {
  await page.locator('#f-ho_ten').fill(p.newName);
  await page.locator('#f-dien_thoai').fill(p.newPhone);
  const status = await submit(page, button(page, 'Lưu thông tin'));
  const msg = page.locator('main [role=status]').filter({ hasText: 'Đã lưu thông tin tài khoản.' });
  ok(status === 200 && (await msg.count()) === 1,
    `${pre}"Lưu thông tin" says "Đã lưu thông tin tài khoản." (${status} ${path(page)})`,
    nfc(await page.locator('main').innerText()).slice(0, 600));
  const got = { name: await value(page, 'ho_ten'), phone: await value(page, 'dien_thoai') };
  ok(got.name === p.newName && got.phone === p.newPhone,
    `${pre}the page shows the new name and phone (${got.name}, ${got.phone})`);
  ok((await headerText(page)).includes(`Tài khoản: ${p.newName}`), `${pre}the header shows the new name`,
    await headerText(page));
}

// Logs out with the header button; /tai-khoan then sends to the login page.
async function logout(page, pre) {
  const out = page.locator('header.site').getByRole('button', { name: 'Đăng xuất' });
  ok((await out.count()) === 1, `${pre}the header has the "Đăng xuất" button`);
  const status = await submit(page, out);
  const hdr = await headerText(page);
  ok(status === 200 && !hdr.includes('Đăng xuất') && hdr.includes('Đăng nhập'),
    `${pre}after "Đăng xuất" the header offers "Đăng nhập" (${status} ${path(page)})`, hdr);
  await open(page, '/tai-khoan');
  const u = new URL(page.url());
  ok(u.pathname === '/tai-khoan/dang-nhap' && (await h1(page)) === 'Đăng nhập',
    `${pre}/tai-khoan now redirects to the login page (${u.pathname}${u.search})`);
}

// --- the run ----------------------------------------------------------------------

let browser;
try {
  browser = await chromium.launch(LAUNCH);
  note(`${browser.version()} against ${BASE}; mail from ${MAILDIR}`);
  note(`accounts ${citizen.email}, ${noScript.email}`);

  const desktop = await newContext(browser, DESKTOP);
  const page = await desktop.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  let since = Date.now();
  let verified = false;
  let loggedIn = false;

  // 1. register: first with mistakes, then right ---------------------------
  await step('register with mistakes, then correctly', async () => {
    const status = await open(page, '/tai-khoan/dang-ky');
    ok(status === 200 && (await h1(page)) === 'Đăng ký tài khoản', `GET /tai-khoan/dang-ky answers 200 (${status})`);
    await axeOk(page, 'the register page');

    const badId = '097' + digits(9);   // 12 digits, but no province 097
    await fillRegister(page, citizen, { idno: badId, password2: citizen.password + 'x' });
    const st = await submit(page, button(page, 'Đăng ký'));
    ok(st === 422 && new URL(page.url()).pathname === '/tai-khoan/dang-ky',
      `with a bad CCCD and different passwords the form comes back (${st})`);
    ok((await page.locator('main [role=alert]').count()) === 1, 'a summary says the form has mistakes');
    const eId = await fieldError(page, 'so_dinh_danh');
    ok(!!eId && /001–096|mã tỉnh/.test(eId), `beside the CCCD: "${eId}"`);
    const ePw = await fieldError(page, 'mat_khau_2');
    ok(!!ePw && /không giống/.test(ePw), `beside "Nhập lại mật khẩu": "${ePw}"`);
    const wrong = [];
    for (const f of ['ho_ten', 'email', 'dien_thoai', 'dia_chi', 'mat_khau'])
      if (await page.locator(`#e-${f}`).count()) wrong.push(f);
    ok(wrong.length === 0, 'no error beside the fields that were right', wrong.join(', '));
    const kept = {
      ho_ten: citizen.name, so_dinh_danh: badId, email: citizen.email,
      dien_thoai: citizen.phone, dia_chi: citizen.address,
    };
    const lost = [];
    for (const [f, want] of Object.entries(kept)) {
      const got = await value(page, f);
      if (got !== want) lost.push(`${f}: "${got}" instead of "${want}"`);
    }
    ok(lost.length === 0, 'what was typed is kept (name, CCCD, e-mail, phone, address)', lost.join('\n'));
    ok(await page.getByRole('radio', { name: 'Công dân' }).isChecked(), '"Công dân" stays chosen');
    ok((await value(page, 'mat_khau')) === '' && (await value(page, 'mat_khau_2')) === '',
      'the passwords are not sent back into the page');
    const pwHint = nfc(await page.locator('#h-mat_khau').innerText().catch(() => ''));
    ok(/nhập lại/.test(pwHint) && /h-mat_khau/.test(await page.locator('#f-mat_khau').getAttribute('aria-describedby')),
      'beside "Mật khẩu", a hint says to type it again', pwHint);
    await shot(page, 'desktop-register-errors.png');
    await axeOk(page, 'the register page with errors');

    await page.locator('#f-so_dinh_danh').fill(citizen.idno);
    await page.locator('#f-mat_khau').fill(citizen.password);
    await page.locator('#f-mat_khau_2').fill(citizen.password);
    since = Date.now();
    await registerDone(page, citizen, '');
    await axeOk(page, 'the confirmation page');
  });

  // 2. the e-mail and its link ----------------------------------------------
  await step('verify through the e-mailed link', async () => {
    const link = await verifyByMail(page, citizen, since, '');
    verified = true;
    await axeOk(page, 'the verification page');
    const again = await open(page, link);
    ok(again === 404, `the link works once: opened again it answers 404 (${again})`);
  });

  // 3. log in -----------------------------------------------------------------
  await step('log in', async () => {
    const status = await open(page, '/tai-khoan/dang-nhap');
    ok(status === 200 && (await h1(page)) === 'Đăng nhập', `GET /tai-khoan/dang-nhap answers 200 (${status})`);
    await axeOk(page, 'the login page');
    const bad = await login(page, citizen.email, citizen.password + '9');
    const e = await fieldError(page, 'mat_khau');
    ok(bad === 422 && !!e, `a wrong password is refused beside the field (${bad}): "${e}"`);
    ok((await value(page, 'email')) === citizen.email, 'the login name is kept');
    await axeOk(page, 'the login page with an error');
    if (!verified) throw new Error('not verified: no login');
    const st = await login(page, citizen.email, citizen.password);
    ok(st === 200, `"Đăng nhập" with the right password (${st})`);
    await showsName(page, citizen.name, '');
    loggedIn = true;
  });

  // 4. change the profile ------------------------------------------------------
  await step('change the profile', async () => {
    if (!loggedIn) throw new Error('not logged in');
    await axeOk(page, 'the account page');
    await changeProfile(page, citizen, '');
    await shot(page, 'desktop-account.png');
    await axeOk(page, 'the account page with "Đã lưu"');
    const st = await open(page, '/tai-khoan/mat-khau');
    ok(st === 200 && (await h1(page)) === 'Đổi mật khẩu', `GET /tai-khoan/mat-khau answers 200 (${st})`);
    await axeOk(page, 'the password page');
  });

  // 5. log out ------------------------------------------------------------------
  await step('log out', async () => {
    if (!loggedIn) throw new Error('not logged in');
    await open(page, '/tai-khoan');
    await logout(page, '');
  });

  await step('forgotten password page', async () => {
    const st = await open(page, '/tai-khoan/quen-mat-khau');
    ok(st === 200 && (await h1(page)) === 'Quên mật khẩu', `GET /tai-khoan/quen-mat-khau answers 200 (${st})`);
    await axeOk(page, 'the forgot-password page');
  });
  ok(pageErrors.length === 0, 'no script errors on the pages', pageErrors.join('\n'));
  await desktop.close();

  // 7. the same without JavaScript --------------------------------------------
  await step('without JavaScript', async () => {
    const pre = 'without JavaScript: ';
    const ctx = await newContext(browser, { javaScriptEnabled: false, locale: 'vi-VN' });
    try {
      const p = await ctx.newPage();
      await open(p, '/tai-khoan/dang-ky');
      await fillRegister(p, noScript, { idno: '12345' });
      const st = await submit(p, button(p, 'Đăng ký'));
      ok(st === 422 && !!(await fieldError(p, 'so_dinh_danh')), `${pre}a short CCCD is refused beside the field (${st})`);
      await fillRegister(p, noScript);
      const t = Date.now();
      await registerDone(p, noScript, pre);
      await verifyByMail(p, noScript, t, pre);
      const li = await login(p, noScript.email, noScript.password);
      ok(li === 200, `${pre}"Đăng nhập" (${li})`);
      await showsName(p, noScript.name, pre);
      await changeProfile(p, noScript, pre);
      await logout(p, pre);
    } finally {
      await ctx.close();
    }
  });

  // 8. a phone -------------------------------------------------------------------
  await step('phone viewport', async () => {
    const ctx = await newContext(browser, PHONE);
    try {
      const p = await ctx.newPage();
      const fits = async (what) => {
        const w = await widths(p);
        ok(w.scroll <= w.inner + 1, `phone 360×740: no sideways scrolling on ${what} (${w.scroll} ≤ ${w.inner})`);
      };
      await open(p, '/tai-khoan/dang-ky');
      await fits('the register page');
      await fillRegister(p, citizen, { idno: '097' + digits(9), password2: 'khac' });
      await submit(p, button(p, 'Đăng ký'));
      await fits('the register page with errors');
      await shot(p, 'phone-register-errors.png');
      if (!verified) throw new Error('not verified: no login');
      const st = await login(p, citizen.email, citizen.password);
      ok(st === 200 && new URL(p.url()).pathname === '/tai-khoan', `phone: logged in (${st} ${path(p)})`);
      await fits('the account page');
      await shot(p, 'phone-account.png');
    } finally {
      await ctx.close();
    }
  });
  note(`screenshots in ${SHOTS}`);
} catch (e) {
  ok(false, 'the browser runs', e && e.stack ? e.stack : String(e));
} finally {
  if (browser) await browser.close().catch(() => {});
  const err = cleanup();
  ok(err === '', `clean-up: ${CLEANUP_SQL}`, err);
}

finish();
