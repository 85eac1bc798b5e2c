// Online submission in a real (headless) browser, as a citizen uses it.
//
//   node tests/browser/submit.mjs
//
// Registers a citizen (the e-mailed link verifies the account), follows
// "Nộp hồ sơ trực tuyến" from the procedure 9.000101 (Đăng ký khai sinh)
// and logs in through /tai-khoan/dang-nhap on the way (PAM); submits the
// form first with mistakes (the errors stand beside the fields, what was
// typed is kept), then filled in with three files (PDF and PNG written to
// a temporary folder), delivery by post; reads the receipt (code, QR code
// that loads), prints it (print styles, PDF); tracks the dossier as its
// owner (history, files) and anonymously, by address and through the
// lookup form (status only, nothing personal); runs axe-core (WCAG 2.1 A
// and AA) on every page; checks a 360 px phone screen has no sideways
// scrolling on the form and the receipt; large files go with the progress
// bar (htdocs/js/upload.js: XMLHttpRequest, a 21 MB dossier stopped before
// sending, a refused answer replacing the page); saves screenshots for a
// person to look at.  The account is named submit-browser-<time>@example.invalid;
// it, its dossiers, their history and e-mails are deleted at the end.
//
// Environment: DVC_BASE_URL (default http://127.0.0.1:8080), DVC_ROOT (the
// source tree, default two folders up), DVC_MAILDIR (the SMTP sink's
// Maildir, default $DVC_ROOT/var/mail), DVC_DB_SOCKET (default
// $DVC_ROOT/var/run/mysqld.sock; the clean-up runs the mariadb client as
// root through it), DVC_SCREENSHOTS (default tests/browser/screenshots).
// Output and exit codes as tests/browser/lib.mjs: 0 all passed, 1 a check
// failed, 77 (SKIP) only when Chromium or node_modules is missing.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

import {
  BASE, DESKTOP, MAILDIR, MAIL_WAIT, PHONE, SHOTS,
  axeOk, badCccd, button, cccd, clickAway, digits, fillRegister, fitsOk, h1, headerText, login,
  mainText, nfc, note, ok, open, path, run, shot, sql, start, step, submit, trySql, url,
  verificationLink, waitForMail, watchedPage, withPage,
} from './lib.mjs';

const PROC = '9.000101';          // Đăng ký khai sinh (data/demo/eforms.sql)
const AGENCY = 'UBND xã An Hòa';  // one of the agencies that receive it
const STAMP = Date.now();
const LIKE = 'submit-browser-%@example.invalid';
const CODE_RE = /^\/nop-ho-so\/bien-nhan\/([0-9A-Za-z.]+-\d{6}-\d{4})$/;

const citizen = {
  email: `submit-browser-${STAMP}@example.invalid`,
  name: 'Phạm Thị Ngọc Lan',
  idno: cccd(),
  phone: '0912 345 678',
  address: 'Số 8 đường Trần Phú, phường Minh Khai, thành phố Minh Sơn',
  password: 'matkhau' + digits(4) + 'Nb',
};

// The e-form of 9.000101 as the citizen fills it (names: f_<field>).
const eform = {
  ho_ten_tre: 'Lê Phạm Minh Khôi',
  ngay_sinh: '05/09/2024',
  noi_sinh: 'Bệnh viện Đa khoa tỉnh, phòng sinh số 3',
  ho_ten_me: 'Phạm Thị Ngọc Lan',
  ho_ten_cha: 'Lê Văn Quyết',
  cccd_nguoi_di_dk: '0' + String(10 + Math.floor(Math.random() * 80)) + digits(9),
  dien_thoai: '0987 654 321',
  ghi_chu: 'Xin nhận kết quả vào buổi sáng.',
};
const BAD_CCCD = badCccd();
const POST_ADDRESS = 'Số 27 ngõ Hòa Bình, xã An Hòa, huyện Minh Sơn';

// --- clean-up -------------------------------------------------------------------

const CLEANUP_SQL = `SET @dvc_history_purge = 1;
  DELETE h FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id
    JOIN account a ON a.id = d.account_id WHERE a.email LIKE '${LIKE}';
  DELETE d FROM dossier d JOIN account a ON a.id = d.account_id WHERE a.email LIKE '${LIKE}';
  DELETE FROM outbox WHERE recipient LIKE '${LIKE}';
  DELETE l FROM audit_log l JOIN account a ON a.id = l.actor_id WHERE a.email LIKE '${LIKE}';
  DELETE FROM audit_log WHERE actor_login LIKE '${LIKE}';
  DELETE FROM account WHERE email LIKE '${LIKE}'`;

let tmp = null;

// Deletes every row this test made (and the temporary files); returns an
// error text or ''.  Synchronous (it also runs from the watchdog); tries
// for a few seconds while MariaDB restarts.
function cleanup() {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  return trySql(CLEANUP_SQL);
}

const chromium = await start(cleanup);   // exits 77 (SKIP) when the tools are missing

// --- the files the citizen attaches ------------------------------------------------

// A one-page PDF with a line of text; offsets in the xref table are exact.
function pdf(text) {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R'
      + ' /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 14 Tf 72 770 Td (${text}) Tj ET`;
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += String(off).padStart(10, '0') + ' 00000 n \n';
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
// A 32×24 RGB PNG: a gradient, so it is a real picture.
function png() {
  const w = 32;
  const h = 24;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(h * (1 + 3 * w));
  for (let y = 0; y < h; y++) {
    raw[y * (1 + 3 * w)] = 0;
    for (let x = 0; x < w; x++) raw.set([x * 8, y * 10, 128], y * (1 + 3 * w) + 1 + 3 * x);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

tmp = mkdtempSync(join(tmpdir(), 'dvc-submit-'));
const files = {
  tp_1: { name: 'to-khai-khai-sinh.pdf', bytes: pdf('To khai dang ky khai sinh ' + STAMP) },
  tp_2: { name: 'giay-chung-sinh.png', bytes: png() },
  tp_4: { name: 'can-cuoc-nguoi-di-dang-ky.pdf', bytes: pdf('The can cuoc ' + STAMP) },
};
for (const f of Object.values(files)) {
  f.path = join(tmp, f.name);
  writeFileSync(f.path, f.bytes);
}

// --- the pages ----------------------------------------------------------------

const fits = (page, what) => fitsOk(page, `phone 360 px: no sideways scrolling on ${what}`);

// Whether the control `id` has its error beside it: the message #e-<id>
// visible inside the same .field, tied with aria-describedby, the control
// aria-invalid and focusable.  Returns the message or a reason it fails.
async function errorBeside(page, id) {
  const err = page.locator(`.field:has(#${id}) #e-${id}`);
  if (await err.count() !== 1) return { ok: false, why: `no #e-${id} inside the field of #${id}` };
  if (!(await err.isVisible())) return { ok: false, why: `#e-${id} is not visible` };
  const input = page.locator(`#${id}`);
  const described = ((await input.getAttribute('aria-describedby')) || '').split(/\s+/);
  if (!described.includes(`e-${id}`)) return { ok: false, why: `#${id} aria-describedby="${described.join(' ')}"` };
  if ((await input.getAttribute('aria-invalid')) !== 'true') return { ok: false, why: `#${id} is not aria-invalid` };
  await input.focus();
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (focused !== id) return { ok: false, why: `#${id} cannot take the focus (active: ${focused})` };
  return { ok: true, text: nfc(await err.innerText()).trim() };
}

// Types the e-form (all but the fields in `skip`; `over` replaces values).
async function fillForm(page, over = {}, skip = []) {
  const v = { ...eform, ...over };
  for (const [k, val] of Object.entries(v)) {
    if (skip.includes(k)) continue;
    await page.locator(`#f_${k}`).fill(val);
  }
  if (!skip.includes('gioi_tinh')) await page.locator('#f_gioi_tinh').selectOption('Nam');
  if (!skip.includes('cam_doan')) await page.locator('#f_cam_doan').check();
}

const way = (page, legend, label) =>
  page.getByRole('group', { name: legend }).getByRole('radio', { name: label, exact: true });

// --- the run ----------------------------------------------------------------------

let code = null;
await run(chromium, async (browser) => {
  note(`${browser.version()} against ${BASE}; account ${citizen.email}`);
  const { ctx: desktop, page, errors: pageErrors } = await watchedPage(browser, DESKTOP);
  let loggedIn = false;

  // 1. an account, and the login on the way to the form -----------------------
  await step('register and verify an account', async () => {
    await open(page, '/tai-khoan/dang-ky');
    await fillRegister(page, citizen);
    const since = Date.now();
    const st = await submit(page, button(page, 'Đăng ký'));
    ok(st === 200 && (await h1(page)) === 'Kiểm tra thư điện tử', `registered ${citizen.email} (${st})`);
    const mail = await waitForMail(citizen.email, since, (m) => !!verificationLink(m.text));
    const link = mail && verificationLink(mail.text);
    ok(!!link, `the verification link arrived by e-mail within ${MAIL_WAIT / 1000} s`, `looked in ${MAILDIR}`);
    if (!link) throw new Error('no verification mail');
    const v = await open(page, link.path);
    ok(v === 200 && (await h1(page)) === 'Tài khoản đã được kích hoạt', `the link activates the account (${v})`);
  });

  await step('from the procedure to the form, logging in on the way', async () => {
    const st = await open(page, `/thu-tuc/${PROC}`);
    ok(st === 200, `GET /thu-tuc/${PROC} answers 200 (${st})`);
    await clickAway(page, page.locator('main').getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }));
    const u = new URL(page.url());
    ok(u.pathname === '/tai-khoan/dang-nhap' && u.searchParams.get('tiep') === `/nop-ho-so/${PROC}`,
      `"Nộp hồ sơ trực tuyến" asks an anonymous visitor to log in first (${path(page)})`);
    const li = await login(page, citizen.email, citizen.password);
    ok(li === 200 && path(page) === `/nop-ho-so/${PROC}`,
      `"Đăng nhập" (PAM) leads back to the form (${li} ${path(page)})`);
    loggedIn = li === 200;
    const hdr = await headerText(page);
    ok(hdr.includes(`Tài khoản: ${citizen.name}`), `the header shows "Tài khoản: ${citizen.name}"`, hdr);
    // Once logged in, the link on the procedure page leads to the form directly.
    await open(page, `/thu-tuc/${PROC}`);
    await clickAway(page, page.locator('main').getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }));
    ok(path(page) === `/nop-ho-so/${PROC}` && (await h1(page)) === 'Nộp hồ sơ trực tuyến',
      `logged in, "Nộp hồ sơ trực tuyến" opens the form "Nộp hồ sơ trực tuyến" (${path(page)})`);
  });

  // 2. the empty form ------------------------------------------------------------
  await step('the empty form', async () => {
    if (!loggedIn) throw new Error('not logged in');
    const text = await mainText(page);
    ok(text.includes('Đăng ký khai sinh') && text.includes(PROC), 'it names the procedure and its code');
    const agencies = nfc(await page.getByLabel('Nộp hồ sơ đến').innerText());
    ok(agencies.includes(AGENCY), `the select "Nộp hồ sơ đến" offers "${AGENCY}"`, agencies);
    for (const k of [...Object.keys(eform), 'gioi_tinh', 'cam_doan'])
      ok(await page.locator(`#f_${k}`).count() === 1, `the e-form field f_${k} is there`);
    for (const c of ['tp_1', 'tp_2', 'tp_3', 'tp_4', 'tp_5'])
      ok(await page.locator(`input[type=file]#${c}`).count() === 1, `a file input for component ${c}`);
    await shot(page, 'desktop-submit-form.png');
    await axeOk(page, 'the empty submission form');
  });

  // 3. mistakes --------------------------------------------------------------------
  await step('a form with mistakes comes back with the errors beside the fields', async () => {
    if (!loggedIn) throw new Error('not logged in');
    await page.getByLabel('Nộp hồ sơ đến').selectOption({ label: AGENCY });
    await fillForm(page, { cccd_nguoi_di_dk: BAD_CCCD }, ['ho_ten_tre']);
    const st = await submit(page, button(page, 'Nộp hồ sơ'));
    ok(st === 422 && new URL(page.url()).pathname === `/nop-ho-so/${PROC}`,
      `"Nộp hồ sơ" with the child's name empty and a bad CCCD: the form again (${st} ${path(page)})`);
    ok(await page.locator('main [role=alert]').count() === 1, 'a summary says the form has mistakes',
      (await mainText(page)).slice(0, 400));
    const eName = await errorBeside(page, 'f_ho_ten_tre');
    ok(eName.ok, `beside the child's name: "${eName.text}"`, eName.why);
    const eId = await errorBeside(page, 'f_cccd_nguoi_di_dk');
    ok(eId.ok && /001–096|12 chữ số|mã tỉnh/.test(eId.text), `beside the CCCD: "${eId.text}"`, eId.why);
    const eComp = await errorBeside(page, 'tp_1');
    ok(eComp.ok, `beside the required component 1 (no file): "${eComp.text}"`, eComp.why);
    const wrong = [];
    for (const k of ['ngay_sinh', 'gioi_tinh', 'noi_sinh', 'ho_ten_me', 'ho_ten_cha', 'dien_thoai', 'cam_doan'])
      if (await page.locator(`#e-f_${k}`).count()) wrong.push(k);
    ok(wrong.length === 0, 'no error beside the fields that were right', wrong.join(', '));
    const lost = [];
    for (const [k, want] of Object.entries({ ...eform, ho_ten_tre: '', cccd_nguoi_di_dk: BAD_CCCD })) {
      const got = nfc(await page.locator(`#f_${k}`).inputValue());
      if (got !== want) lost.push(`f_${k}: "${got}" instead of "${want}"`);
    }
    if (nfc(await page.locator('#f_gioi_tinh').inputValue()) !== 'Nam') lost.push('f_gioi_tinh is not "Nam"');
    if (!(await page.locator('#f_cam_doan').isChecked())) lost.push('f_cam_doan is not ticked');
    const chosen = nfc(await page.getByLabel('Nộp hồ sơ đến').locator('option:checked').innerText());
    if (chosen !== AGENCY) lost.push(`"Nộp hồ sơ đến" is "${chosen}"`);
    ok(lost.length === 0, 'what was typed and chosen is kept', lost.join('\n'));
    await shot(page, 'desktop-submit-errors.png');
    await axeOk(page, 'the submission form with errors');
  });

  // 4. the right form, with files ------------------------------------------------------
  await step('the filled form with three files is submitted: the receipt', async () => {
    if (!loggedIn) throw new Error('not logged in');
    await page.getByLabel('Nộp hồ sơ đến').selectOption({ label: AGENCY });
    await fillForm(page);
    for (const [input, f] of Object.entries(files)) await page.locator(`#${input}`).setInputFiles(f.path);
    await way(page, 'Cách nộp phí, lệ phí', 'Trực tuyến').check();
    await way(page, 'Cách nhận kết quả', 'Qua bưu chính công ích').check();
    await page.locator('#f-dia_chi').fill(POST_ADDRESS);
    const st = await submit(page, button(page, 'Nộp hồ sơ'));
    const m = CODE_RE.exec(new URL(page.url()).pathname);
    ok(st === 200 && !!m, `"Nộp hồ sơ" leads to /nop-ho-so/bien-nhan/<code> (${st} ${path(page)})`,
      st === 200 ? '' : (await mainText(page)).slice(0, 800));
    if (!m) throw new Error('no receipt');
    code = m[1];
    note(`dossier ${code}`);
    ok((await h1(page)) === 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'its title is "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"', await h1(page));
    const text = await mainText(page);
    ok(text.includes(`Mã hồ sơ: ${code}`), `it shows "Mã hồ sơ: ${code}"`);
    ok(text.includes(AGENCY) && text.includes(citizen.name) && text.includes('Đăng ký khai sinh'),
      'it names the agency, the applicant and the procedure');
    ok(text.includes(POST_ADDRESS), 'it shows the postal address for the result');
    ok(text.includes('Mới đăng ký'), 'it shows the status "Mới đăng ký"');
    const qr = page.locator('main img[alt*="QR"]');
    const img = await qr.count() === 1 ? await qr.evaluate((i) => ({
      complete: i.complete, w: i.naturalWidth, h: i.naturalHeight, alt: i.alt,
    })) : null;
    ok(img && img.complete && img.w > 0 && img.h > 0,
      `a QR code image loads (${img ? `${img.w}×${img.h}, alt "${nfc(img.alt)}"` : 'none'})`);
    ok(text.includes(`${BASE}/ho-so/${code}`) || text.includes(`/ho-so/${code}`),
      'beside it, the tracking address');
    const row = sql(`SELECT d.status, d.delivery, d.payment, d.delivery_address, a.name,
        (SELECT COUNT(*) FROM dossier_file f WHERE f.dossier_id = d.id),
        (SELECT GROUP_CONCAT(action) FROM dossier_history h WHERE h.dossier_id = d.id),
        (SELECT COUNT(*) FROM dossier o WHERE o.account_id = d.account_id)
      FROM dossier d JOIN agency a ON a.id = d.agency_id WHERE d.code = '${code}'`).split('\t').map(nfc);
    ok(row[0] === '1' && row[1] === 'post' && row[2] === 'online' && row[3] === POST_ADDRESS && row[4] === AGENCY,
      'stored: status 1, delivery post with the address, payment online, the chosen agency', row.join(' | '));
    ok(row[5] === '3' && row[6] === 'submit', 'stored: three files and one history row "submit"', row.join(' | '));
    ok(row[7] === '1', 'the draft kept by the form with mistakes became this dossier (no draft left over)',
      `${row[7]} dossiers of the account`);
    await shot(page, 'desktop-receipt.png');
    await axeOk(page, 'the receipt');
  });

  // 5. print ---------------------------------------------------------------------------
  await step('print the receipt', async () => {
    if (!code) throw new Error('no receipt');
    await page.emulateMedia({ media: 'print' });
    const hidden = [];
    for (const sel of ['header.site', 'header.site nav', 'footer.site', 'main .noprint'])
      if (await page.locator(sel).first().isVisible()) hidden.push(sel);
    ok(hidden.length === 0, 'printed, the header, its navigation, the footer and the links are hidden',
      `visible: ${hidden.join(', ')}`);
    ok(await page.locator('article.receipt').isVisible() && await page.locator('#h-receipt').isVisible()
      && await page.locator('main img[alt*="QR"]').isVisible(), 'printed, the receipt, its title and QR code show');
    const buf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(SHOTS, 'receipt.pdf'), buf);
    ok(buf.length > 2000 && buf.subarray(0, 5).toString('latin1') === '%PDF-',
      `page.pdf() makes a PDF (${buf.length} bytes)`);
    await page.emulateMedia({ media: 'screen' });
  });

  // 6. track: the owner, then anyone ---------------------------------------------------
  await step('the owner tracks the dossier', async () => {
    if (!code) throw new Error('no receipt');
    await clickAway(page, page.locator('main').getByRole('link', { name: 'Xem tình trạng hồ sơ' }));
    ok(path(page) === `/ho-so/${code}` && (await h1(page)) === `Hồ sơ ${code}`,
      `"Xem tình trạng hồ sơ" opens /ho-so/${code} (${path(page)})`);
    ok(nfc(await page.locator('main .meta strong').first().innerText()) === 'Mới đăng ký', 'status "Mới đăng ký"');
    const history = page.locator('section:has(#h-qua-trinh) tbody tr');
    const rows = (await history.allInnerTexts()).map(nfc);
    ok(rows.length === 1 && rows[0].includes('Nộp hồ sơ') && rows[0].includes('Mới đăng ký'),
      'the history has one row "Nộp hồ sơ" → "Mới đăng ký"', rows.join('\n'));
    const listed = (await page.locator('section:has(#h-tep) tbody td:first-child').allInnerTexts()).map(nfc);
    const missing = Object.values(files).map((f) => f.name).filter((n) => !listed.some((l) => l.includes(n)));
    ok(listed.length === 3 && missing.length === 0, 'the three files are listed', listed.join('\n'));
    const link = page.locator('section:has(#h-tep) a', { hasText: files.tp_2.name });
    const href = await link.getAttribute('href');
    const got = await desktop.request.get(url(href));
    const body = await got.body();
    ok(got.status() === 200 && body.equals(files.tp_2.bytes),
      `the PNG downloads as it was sent (${got.status()}, ${body.length} bytes)`);
    ok(await page.locator('main').getByRole('link', { name: 'Xem và in giấy tiếp nhận hồ sơ' }).count() === 1,
      'a link back to the receipt');
    await shot(page, 'desktop-track-owner.png');
    await axeOk(page, 'the owner\'s dossier page');
    // anonymous: the file is not for everyone
    const anon = await browser.newContext();
    const r = await anon.request.get(url(href), { maxRedirects: 0 });
    ok(r.status() !== 200, `anonymous, the file link is refused (${r.status()})`);
    await anon.close();
  });

  await step('anyone tracks the dossier by its code: status, nothing personal', async () => {
    if (!code) throw new Error('no receipt');
    await withPage(browser, DESKTOP, async (p) => {
      const secret = [citizen.name, citizen.email, citizen.idno, citizen.phone, POST_ADDRESS,
        ...Object.values(eform), ...Object.values(files).map((f) => f.name)];
      const publicPage = async (how) => {
        ok((await h1(p)) === `Hồ sơ ${code}`, `${how}: "Hồ sơ ${code}"`, `${path(p)}: ${await h1(p)}`);
        ok(nfc(await p.locator('main .meta strong').first().innerText()) === 'Mới đăng ký',
          `${how}: status "Mới đăng ký"`);
        const html = nfc(await p.content());
        const leaked = secret.filter((s) => html.includes(s));
        ok(leaked.length === 0, `${how}: no name, e-mail, CCCD, phone, address, field value or file name`,
          leaked.join('\n'));
        ok(await p.locator('#h-qua-trinh, #h-tep').count() === 0, `${how}: no history and no files`);
      };
      const st = await open(p, `/ho-so/${code}`);
      ok(st === 200, `anonymous GET /ho-so/${code} answers 200 (${st})`);
      await publicPage('by address');
      await shot(p, 'desktop-track-public.png');
      await axeOk(p, 'the public dossier page');
      const s2 = await open(p, '/ho-so');
      ok(s2 === 200 && (await h1(p)) === 'Tra cứu hồ sơ', `GET /ho-so: "Tra cứu hồ sơ" (${s2})`);
      await axeOk(p, 'the lookup form');
      await p.getByLabel('Mã hồ sơ').fill(code);
      const s3 = await submit(p, p.locator('main').getByRole('button', { name: 'Tra cứu' }));
      ok(s3 === 200, `typing the code and "Tra cứu" answers 200 (${s3} ${path(p)})`);
      await publicPage('through the lookup form');
    });
  });
  ok(pageErrors.length === 0, 'no script errors on the pages', pageErrors.join('\n'));

  // 8. large files: the progress bar (htdocs/js/upload.js) -------------------------------
  await step('large files are sent with a progress bar; an oversized dossier is stopped before sending', async () => {
    if (!loggedIn) throw new Error('not logged in');
    await withPage(browser, DESKTOP, async (p, ctx) => {
      await ctx.addCookies(await desktop.cookies());
      const big = join(tmp, 'ban-quet-lon.pdf');
      writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1048576, 0x41)]));
      const huge = join(tmp, 'qua-lon.pdf');
      writeFileSync(huge, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1048576, 0x42)]));
      const posts = [];
      p.on('request', (r) => { if (r.method() === 'POST') posts.push(r.resourceType()); });
      let st = await open(p, `/nop-ho-so/${PROC}`);
      ok(st === 200, `the form opens again (${st})`);
      await p.locator('#tp_1').setInputFiles(huge);
      await button(p, 'Lưu nháp').click();
      const box = p.locator('#upload-status');
      await box.waitFor({ state: 'visible', timeout: 5000 });
      const said = nfc(await box.innerText());
      ok(/vượt quá giới hạn 20,0 MB/.test(said) && (await box.getAttribute('role')) === 'alert',
        'a 21 MB dossier: refused in the page, as an alert, before anything is sent', said);
      ok(posts.length === 0, 'nothing was posted', posts.join(','));
      await p.locator('#tp_1').setInputFiles(big);
      const nav = p.waitForURL(/[?&]da-luu=1/, { timeout: 30000 });
      await button(p, 'Lưu nháp').click();
      await nav;
      ok(posts.length === 1 && posts[0] === 'xhr', 'a 3 MB file went by XMLHttpRequest (with progress)',
        posts.join(','));
      ok(nfc(await mainText(p)).includes('Đã lưu nháp'), 'and the saved draft opens after it');
      ok((await p.locator('main').innerText()).includes('ban-quet-lon.pdf'), 'with the large file attached');
      const did = new URL(p.url()).searchParams.get('nhap');
      ok(sql(`SELECT size FROM dossier_file WHERE dossier_id = ${Number(did)}`).trim() === String(3 * 1048576 + 9),
        'stored whole (3 MiB + header)');
      // A refused submission sent the same way: the answer replaces the page.
      await p.locator('#f_ho_ten_tre').fill('');
      await p.locator('#tp_2').setInputFiles(big);
      await button(p, 'Nộp hồ sơ').click();
      await p.locator('#e-f_ho_ten_tre').waitFor({ state: 'visible', timeout: 30000 });
      ok(posts.length === 2 && posts[1] === 'xhr', 'a submission with a 3 MB file went by XMLHttpRequest',
        posts.join(','));
      ok(nfc(await mainText(p)).includes('Hồ sơ chưa được nộp'),
        'the refused submission\'s page replaces the form, errors beside the fields');
      await axeOk(p, 'the form after a refused large submission');
    });
  });

  // 7. a phone -------------------------------------------------------------------------
  await step('phone viewport', async () => {
    if (!loggedIn) throw new Error('not logged in');
    await withPage(browser, PHONE, async (p, ctx) => {
      await ctx.addCookies(await desktop.cookies());
      const st = await open(p, `/nop-ho-so/${PROC}`);
      ok(st === 200 && (await h1(p)) === 'Nộp hồ sơ trực tuyến', `phone: the form opens (${st})`);
      await fits(p, 'the submission form');
      await shot(p, 'phone-submit-form.png');
      if (!code) throw new Error('no receipt');
      const s2 = await open(p, `/nop-ho-so/bien-nhan/${code}`);
      ok(s2 === 200, `phone: the receipt opens (${s2})`);
      await fits(p, 'the receipt');
      await shot(p, 'phone-receipt.png');
      await open(p, `/ho-so/${code}`);
      await fits(p, 'the owner\'s dossier page');
    });
  });
  await desktop.close();
  note(`screenshots in ${SHOTS}`);
}, () => {
  const err = cleanup();
  ok(err === '', `clean-up: the account ${LIKE}, its dossiers, history, e-mails and audit rows`, err);
});
