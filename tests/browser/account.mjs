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

import {
  BASE, DESKTOP, MAILDIR, MAIL_WAIT, NO_JS, PHONE, SHOTS,
  axeOk, badCccd, button, cccd, digits, fillRegister, fitsOk, h1, headerText, login, mainText, nfc,
  note, ok, open, path, run, shot, start, step, submit, trySql, verificationLink, waitForMail,
  watchedPage, withPage,
} from './lib.mjs';

const CLEANUP_SQL = "DELETE FROM account WHERE email LIKE 'browser-%@example.invalid'";
const STAMP = Date.now();

// --- the people who register ------------------------------------------------

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
const cleanup = () => trySql(CLEANUP_SQL);

const chromium = await start(cleanup);   // exits 77 (SKIP) when the tools are missing

// --- the pages ----------------------------------------------------------------

const value = (page, name) => page.locator(`#f-${name}`).inputValue().then(nfc);

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
  const text = await mainText(page);
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
  const link = verificationLink(mail.text);
  ok(!!link, `${pre}it holds a link /tai-khoan/xac-thuc?ma=<64 hex>`, mail.text);
  if (!link) throw new Error('no verification link');
  if (link.origin && link.origin !== BASE) note(`the link points at ${link.origin}; opened on ${BASE}`);
  const status = await open(page, link.path);
  const title = await h1(page);
  ok(status === 200 && title === 'Tài khoản đã được kích hoạt',
    `${pre}the link opens "Tài khoản đã được kích hoạt" (${status})`, title);
  return link.path;
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

await run(chromium, async (browser) => {
  note(`${browser.version()} against ${BASE}; mail from ${MAILDIR}`);
  note(`accounts ${citizen.email}, ${noScript.email}`);

  const { ctx: desktop, page, errors: pageErrors } = await watchedPage(browser, DESKTOP);
  let since = Date.now();
  let verified = false;
  let loggedIn = false;

  // 1. register: first with mistakes, then right ---------------------------
  await step('register with mistakes, then correctly', async () => {
    const status = await open(page, '/tai-khoan/dang-ky');
    ok(status === 200 && (await h1(page)) === 'Đăng ký tài khoản', `GET /tai-khoan/dang-ky answers 200 (${status})`);
    await axeOk(page, 'the register page');

    const badId = badCccd();
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
  await step('without JavaScript', () => withPage(browser, NO_JS, async (p) => {
    const pre = 'without JavaScript: ';
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
  }));

  // 8. a phone -------------------------------------------------------------------
  await step('phone viewport', () => withPage(browser, PHONE, async (p) => {
    const fits = (what) => fitsOk(p, `phone 360×740: no sideways scrolling on ${what}`);
    await open(p, '/tai-khoan/dang-ky');
    await fits('the register page');
    await fillRegister(p, citizen, { idno: badCccd(), password2: 'khac' });
    await submit(p, button(p, 'Đăng ký'));
    await fits('the register page with errors');
    await shot(p, 'phone-register-errors.png');
    if (!verified) throw new Error('not verified: no login');
    const st = await login(p, citizen.email, citizen.password);
    ok(st === 200 && new URL(p.url()).pathname === '/tai-khoan', `phone: logged in (${st} ${path(p)})`);
    await fits('the account page');
    await shot(p, 'phone-account.png');
  }));
  note(`screenshots in ${SHOTS}`);
}, () => {
  const err = cleanup();
  ok(err === '', `clean-up: ${CLEANUP_SQL}`, err);
});
