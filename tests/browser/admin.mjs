// The admin pages (/quan-tri) in a real (headless) browser, as an agency
// admin uses them — with JavaScript off, since every page must work
// without it.
//
//   node tests/browser/admin.mjs
//
// An agency admin creates a procedure draft (first with mistakes: the
// errors stand beside the fields and what was typed is kept), adds a
// dossier component and an e-form field, publishes, and finds the
// procedure on the public page at once; a system admin opens every admin
// page.  axe-core (WCAG 2.1 A and AA) runs on every admin page, plain and
// with errors; a 360 px phone screen has no sideways scrolling;
// screenshots are saved for a person to look at.
//
// Logins go through PAM, which is not under test here: the two sessions
// are made in SQL (SHA-256 of a random token, a CSRF secret) through the
// mariadb client as root, like every fixture row, all of them named
// TESTBRADM<time> and deleted at the end.
//
// Environment: DVC_BASE_URL, DVC_ROOT, DVC_DB_SOCKET (default
// $DVC_ROOT/var/run/mysqld.sock), DVC_SCREENSHOTS.  Output and exit codes
// as tests/browser/lib.mjs: 0 all passed, 1 a check failed, 77 (SKIP)
// only when Chromium or node_modules is missing.

import { createHash, randomBytes } from 'node:crypto';

import {
  BASE, DESKTOP, LAUNCH, PHONE,
  axeOk, finish, newContext, nfc, ok, open, shot, sql, start, step, submit, trySql, widths,
} from './lib.mjs';

const TAG = 'TESTBRADM' + Date.now();
const tag = TAG.toLowerCase();
const CODE = TAG + '.1';
const AGENCY_CODE = '998.' + String(Date.now() % 100).padStart(2, '0') + '.'
  + String(Math.floor(Math.random() * 100)).padStart(2, '0') + '.H98';
const NAME = 'Cấp phép thử nghiệm trình duyệt ' + TAG;

// Deletes every row this test made; returns an error text or ''.
function cleanup() {
  return trySql(`DELETE FROM procedure_version WHERE code LIKE '${TAG}%';
      DELETE FROM account WHERE login LIKE '${tag}%';
      DELETE FROM audit_log WHERE actor_login LIKE '${tag}%';
      DELETE FROM agency WHERE code = '${AGENCY_CODE}'`);
}

// A staff account with one role and a session: the dvc_sid cookie value.
function staff(who, role, agency) {
  const token = randomBytes(32).toString('hex');
  const hash = createHash('sha256').update(token).digest('hex');
  sql(`INSERT INTO account (login, kind, full_name, email, password_hash, status)
      VALUES ('${tag}-${who}', 'staff', 'Cán bộ ${who}', '${tag}-${who}@example.vn', '*', 'active');
    SET @a = LAST_INSERT_ID();
    INSERT INTO role_grant (account_id, role, agency_id) VALUES (@a, '${role}', ${agency || 'NULL'});
    SET time_zone = '+07:00';
    INSERT INTO session (token_hash, account_id, csrf)
      VALUES ('${hash}', @a, '${randomBytes(32).toString('hex')}')`);
  return token;
}

const chromium = await start(cleanup);   // exits 77 (SKIP) when the tools are missing
cleanup();
sql(`INSERT INTO agency (code, name, level, address, email, phone) VALUES
  ('${AGENCY_CODE}', '${TAG} Sở Thử nghiệm', 1, 'Số 1', 'thu@example.vn', '0299 3810 001')`);
const AGENCY = sql(`SELECT id FROM agency WHERE code = '${AGENCY_CODE}'`);
const AA = staff('aa', 'agency_admin', AGENCY);
const SYS = staff('sys', 'system_admin', null);
const browser = await chromium.launch(LAUNCH);

// A browser of the user holding token; js false: JavaScript off (axe-core
// needs it on, the pages never do).
async function as(token, options, js) {
  const ctx = await newContext(browser, { ...options, javaScriptEnabled: js });
  await ctx.addCookies([{ name: 'dvc_sid', value: token, url: BASE }]);
  return [ctx, await ctx.newPage()];
}

let pid = '';

try {
  await step('an agency admin makes, fills and publishes a draft without JavaScript', async () => {
    const [ctx, page] = await as(AA, DESKTOP, false);
    ok(await open(page, '/quan-tri') === 200, 'the dashboard opens');
    ok(await open(page, '/quan-tri/thu-tuc/moi') === 200, 'the new-draft form opens');
    await page.fill('#f-ma_thu_tuc', 'sai mã!');
    await page.fill('#f-ten', NAME);
    await page.fill('#f-trinh_tu', 'Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.');
    await page.fill('#f-so_ngay', 'mười');
    ok(await submit(page, page.getByRole('button', { name: 'Tạo bản nháp' })) === 422,
      'a form with mistakes is refused (422)');
    for (const f of ['ma_thu_tuc', 'linh_vuc', 'co_quan', 'cap_bo', 'so_ngay'])
      ok(await page.locator(`#e-${f}`).count() === 1, `error beside ${f}`);
    ok(nfc(await page.inputValue('#f-ten')) === NAME, 'the name typed is kept');
    ok((await page.inputValue('#f-trinh_tu')).includes('Bước 2'), 'the steps typed are kept');
    await shot(page, 'admin-draft-errors.png');
    await page.fill('#f-ma_thu_tuc', CODE);
    await page.selectOption('#f-linh_vuc', { index: 1 });
    await page.selectOption('#f-co_quan', AGENCY);
    await page.check('input[name="cap_tinh"]');
    await page.fill('#f-so_ngay', '15');
    ok(await submit(page, page.getByRole('button', { name: 'Tạo bản nháp' })) === 200,
      'the corrected form is stored');
    pid = sql(`SELECT id FROM procedure_version WHERE code = '${CODE}'`);
    ok(pid !== '' && page.url().includes('/quan-tri/thu-tuc/' + pid), 'and its page shown');
    await page.getByRole('link', { name: 'Thêm thành phần hồ sơ' }).click();
    await page.fill('#f-ten', 'Đơn đề nghị cấp phép (theo mẫu)');
    ok(await submit(page, page.getByRole('button', { name: 'Lưu thành phần' })) === 200,
      'a dossier component is added');
    await page.getByRole('link', { name: 'Thêm trường' }).click();
    await page.fill('#f-nhan', 'Họ và tên người đề nghị');
    await page.fill('#f-ma_truong', 'ho_ten');
    await page.check('input[name="bat_buoc"]');
    ok(await submit(page, page.getByRole('button', { name: 'Lưu trường' })) === 200,
      'an e-form field is added');
    const text = nfc(await page.textContent('main'));
    ok(text.includes('Đơn đề nghị cấp phép') && text.includes('ho_ten'),
      'the draft lists its component and its field');
    await shot(page, 'admin-draft.png');
    ok(await submit(page, page.getByRole('button', { name: /Công bố phiên bản 1/ })) === 200,
      'published');
    const pub = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await pub.newPage();
    ok(await open(p2, '/thu-tuc/' + CODE) === 200 &&
      nfc(await p2.textContent('h1')).includes(NAME), 'the public page shows it at once');
    await pub.close();
    await ctx.close();
  });

  await step('every admin page passes axe, also at phone width', async () => {
    const pages = ['/quan-tri', '/quan-tri/co-quan', `/quan-tri/co-quan/${AGENCY}`,
      '/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung/moi', '/quan-tri/cai-dat',
      '/quan-tri/nhat-ky', '/quan-tri/lich', '/quan-tri/lich?nam=2091',
      '/quan-tri/thu-tuc', `/quan-tri/thu-tuc/${pid}`,
      '/quan-tri/thu-tuc/moi'];   // last: the step goes on with its form
    for (const [options, what] of [[DESKTOP, 'desktop'], [PHONE, 'phone']]) {
      const [ctx, page] = await as(SYS, options, what === 'desktop');
      for (const path of pages) {
        ok(await open(page, path) === 200, `${path} opens (${what})`);
        if (what === 'desktop') {
          await axeOk(page, path);
        } else {
          const w = await widths(page);
          ok(w.scroll <= w.inner, `${path}: no sideways scrolling at 360 px`,
            `${w.scroll} > ${w.inner}`);
        }
      }
      if (what === 'desktop') {
        ok(await submit(page, page.getByRole('button', { name: 'Tạo bản nháp' })) === 422,
          'an empty new-draft form is refused');
        await axeOk(page, 'the new-draft form with its errors');
      }
      await open(page, `/quan-tri/thu-tuc/${pid}`);
      await shot(page, `admin-procedure-${what}.png`);
      await ctx.close();
    }
  });
} finally {
  await browser.close();
  const err = cleanup();
  ok(err === '', 'the rows made by this test are deleted', err);
}
finish();
