<?cs include:"layout.cs" ?><?cs call:layout_begin() ?><?cs with:a = Agency.0 ?>
<nav class="crumbs" aria-label="Vị trí"><a href="/">Trang chủ</a> › <a href="/co-quan">Cơ quan</a></nav>
<h1><?cs var:a.name ?></h1>
<dl class="facts">
<dt>Mã cơ quan</dt><dd><?cs var:a.code ?></dd>
<?cs if:a.parent_name ?><dt>Trực thuộc</dt><dd><a href="/co-quan/<?cs var:url_escape(a.parent_code) ?>"><?cs var:a.parent_name ?></a></dd><?cs /if ?>
<?cs if:a.address ?><dt>Địa chỉ</dt><dd><?cs var:a.address ?></dd><?cs /if ?>
<?cs if:a.phone ?><dt>Điện thoại</dt><dd><?cs var:a.phone ?></dd><?cs /if ?>
<?cs if:a.email ?><dt>Thư điện tử</dt><dd><?cs var:a.email ?></dd><?cs /if ?>
<?cs if:a.hours ?><dt>Giờ tiếp nhận</dt><dd><?cs var:a.hours ?></dd><?cs /if ?>
</dl>
<h2>Thủ tục do cơ quan giải quyết</h2>
<p class="count" role="status">Có <strong><?cs var:Total ?></strong> thủ tục.</p>
<?cs call:proc_list(Results) ?>
<?cs call:paging() ?>
<section aria-labelledby="h-nhung"><h2 id="h-nhung">Liên kết và nhúng vào trang của cơ quan</h2>
<p>Địa chỉ ổn định của danh sách: <code><?cs var:Site.Url ?>/co-quan/<?cs var:a.code ?></code>.
Đoạn HTML để nhúng: <a href="/co-quan/<?cs var:url_escape(a.code) ?>?embed=1"><code>?embed=1</code></a>;
dữ liệu máy đọc: <a href="/co-quan/<?cs var:url_escape(a.code) ?>?format=json" type="application/json"><code>?format=json</code></a>.</p>
</section><?cs /with ?>
<?cs call:layout_end() ?>
