<?cs # The one layout: every page includes this file and calls
     layout_begin() and layout_end() around its content.  Data is
     shown with var: only (escaped by Config.VarEscapeMode); alt: is
     never used: it does not escape. ?><?cs
def:layout_begin() ?><!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Page.Title ?> – <?cs var:Site.Name ?></title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site">
<div class="wrap">
<a class="brand" href="/"><?cs var:Site.Name ?></a>
<nav aria-label="Điều hướng chính">
<ul>
<li><a href="/thu-tuc">Thủ tục hành chính</a></li>
<li><a href="/linh-vuc">Lĩnh vực</a></li>
<li><a href="/co-quan">Cơ quan</a></li>
<li><a href="/ho-so">Tra cứu hồ sơ</a></li>
<li><a href="/phan-anh">Phản ánh, kiến nghị</a></li>
<li><a href="/thong-ke">Thống kê</a></li>
<?cs if:User.name ?><?cs if:User.admin ?><li><a href="/quan-tri">Quản trị</a></li><?cs /if ?>
<li><a href="/tai-khoan">Tài khoản: <?cs var:User.name ?></a></li>
<li><form class="inline" action="/tai-khoan/dang-xuat" method="post"><input type="hidden" name="csrf" value="<?cs var:Csrf ?>"><button type="submit" class="link">Đăng xuất</button></form></li>
<?cs else ?><li><a href="/tai-khoan/dang-nhap">Đăng nhập</a></li>
<li><a href="/tai-khoan/dang-ky">Đăng ký</a></li><?cs /if ?>
</ul>
</nav>
</div>
</header>
<main id="noi-dung" class="wrap">
<?cs /def ?><?cs
def:layout_end() ?>
</main>
<footer class="site">
<div class="wrap">
<p><?cs var:Site.Name ?> – hệ thống thông tin giải quyết thủ tục hành chính.
Giờ tiếp nhận: sáng 7:30–11:30, chiều 13:30–17:00 các ngày làm việc.</p>
</div>
</footer>
</body>
</html>
<?cs /def ?><?cs
def:search_form() ?>
<form class="search" action="/thu-tuc" method="get" role="search">
<label for="q">Tìm thủ tục hành chính</label>
<div class="row">
<input id="q" name="q" type="search" maxlength="200" value="<?cs var:Form.q ?>" placeholder="Ví dụ: đăng ký khai sinh, dat dai">
<button type="submit">Tìm kiếm</button>
</div>
</form>
<?cs /def ?><?cs
def:online_badge(level, cls) ?><span class="badge c<?cs var:cls ?>">Mức độ <?cs var:level ?> · <?cs var:Class[cls].name ?></span><?cs /def ?><?cs
def:proc_list(results) ?>
<ol class="procs">
<?cs each:p = results ?>
<li<?cs if:p.status == "abolished" ?> class="abolished"<?cs /if ?>>
<a href="/thu-tuc/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a>
<?cs if:p.status == "abolished" ?><strong class="tag">Đã bãi bỏ</strong><?cs /if ?>
<p class="meta"><span>Mã <?cs var:p.code ?></span>
<?cs if:p.field_name ?><span>Lĩnh vực: <?cs var:p.field_name ?></span><?cs /if ?>
<span><?cs var:p.level ?></span>
<?cs call:online_badge(p.online_level, p.online_class) ?></p>
</li>
<?cs /each ?>
</ol>
<?cs /def ?><?cs
def:paging() ?><?cs if:Paging.Pages > 1 ?>
<nav class="paging" aria-label="Phân trang">
<?cs if:Paging.Page > 1 ?><a rel="prev" href="<?cs var:Page.Path ?>?<?cs var:Paging.Query ?>trang=<?cs var:Paging.Page - 1 ?>">‹ Trang trước</a><?cs /if ?>
<ul><?cs each:n = Paging.Links ?><li><?cs if:n == 0 ?>…<?cs elif:n == Paging.Page ?><strong aria-current="page">Trang <?cs var:n ?></strong><?cs else ?><a href="<?cs var:Page.Path ?>?<?cs var:Paging.Query ?>trang=<?cs var:n ?>"><span class="vh">Trang </span><?cs var:n ?></a><?cs /if ?></li><?cs /each ?></ul>
<?cs if:Paging.Page < Paging.Pages ?><a rel="next" href="<?cs var:Page.Path ?>?<?cs var:Paging.Query ?>trang=<?cs var:Paging.Page + 1 ?>">Trang sau ›</a><?cs /if ?>
</nav>
<?cs /if ?><?cs /def ?><?cs
def:errors_summary() ?><?cs if:Err.any ?>
<div class="alert" role="alert"><p><strong>Thông tin chưa hợp lệ.</strong> Vui lòng sửa các ô được đánh dấu bên dưới; những gì bạn đã nhập vẫn được giữ lại (trừ mật khẩu).</p></div>
<?cs /if ?><?cs /def ?><?cs
def:csrf() ?><input type="hidden" name="csrf" value="<?cs var:Csrf ?>"><?cs /def ?><?cs
def:field(name, label, type, value, err, hint, auto) ?>
<div class="field<?cs if:err ?> invalid<?cs /if ?>">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<?cs if:hint ?><p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?>
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>"<?cs if:type != "password" ?> value="<?cs var:value ?>"<?cs /if ?><?cs if:auto ?> autocomplete="<?cs var:auto ?>"<?cs /if ?><?cs if:err || hint ?> aria-describedby="<?cs if:err ?>e-<?cs var:name ?> <?cs /if ?><?cs if:hint ?>h-<?cs var:name ?><?cs /if ?>"<?cs /if ?><?cs if:err ?> aria-invalid="true"<?cs /if ?>>
<?cs if:err ?><p class="error" id="e-<?cs var:name ?>"><?cs var:err ?></p><?cs /if ?>
</div>
<?cs /def ?>