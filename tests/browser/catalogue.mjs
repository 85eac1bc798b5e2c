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

import {
  BASE, DESKTOP, NO_JS, PHONE, SHOTS,
  axeOk, clickAway, fitsOk, nfc, note, ok, open, run, shot, start, step, watchedPage, withPage,
} from './lib.mjs';

const MAX_CLICKS = 3;             // TT 32/2017: any service within 3 clicks

const chromium = await start();   // exits 77 (SKIP) when the tools are missing

// --- helpers that act like a person on the page --------------------------

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

let procPath = null;           // a procedure page reached by the search
let agencyPath = null;         // the first agency under "Theo cơ quan"
await run(chromium, async (browser) => {
  note(`${browser.version()} against ${BASE}`);

  const { ctx: desktop, page, errors: pageErrors } = await watchedPage(browser, DESKTOP);

  // a. search "dat dai" from the home page, then open a procedure --------
  await step('search "dat dai" from the home page', async () => {
    let clicks = 0;
    await searchFromHome(page, 'dat dai');
    clicks++;
    ok(/\/thu-tuc\?/.test(page.url()) && new URL(page.url()).searchParams.get('q') === 'dat dai',
      'click 1 (Tìm kiếm) opens /thu-tuc?q=dat+dai', page.url());
    await shot(page, 'desktop-results.png');
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
    await shot(page, 'desktop-procedure.png');
  });

  await step('reach a procedure by clicks from "/" (by field)', async () => {
    let clicks = 0;
    const status = await open(page, '/');
    ok(status === 200, `GET / answers 200 (${status})`);
    await shot(page, 'desktop-home.png');
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
      await axeOk(page, path);
    });
  }
  ok(pageErrors.length === 0, 'no script errors on the pages', pageErrors.join('\n'));
  await desktop.close();

  // c. without JavaScript ---------------------------------------------------
  await step('search without JavaScript', () => withPage(browser, NO_JS, async (p) => {
    await searchFromHome(p, 'dat dai');
    ok((await procLinks(p).count()) > 0, 'without JavaScript: the search lists procedures', p.url());
    await clickAway(p, procLinks(p).first());
    const pp = await procedurePage(p);
    ok(isProcedure(pp), `without JavaScript: a procedure page opens ("${pp.h1}")`, pp.url);
  }));

  // d. a phone ---------------------------------------------------------------
  await step('phone viewport', () => withPage(browser, PHONE, async (p) => {
    for (const [path, file] of [['/', 'phone-home.png'], ['/thu-tuc?q=dat+dai', 'phone-results.png'],
      [procPath, 'phone-procedure.png']]) {
      const status = await open(p, path);
      await fitsOk(p, `phone 360×740: no sideways scrolling on ${path}`, status === 200);
      await shot(p, file);
    }
  }));
  note(`screenshots in ${SHOTS}`);
});
