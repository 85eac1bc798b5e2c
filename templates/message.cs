<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1><?cs var:Page.Title ?></h1>
<p role="status"><?cs var:Message ?></p>
<p><a href="/tai-khoan/dang-nhap">Đăng nhập</a> · <a href="/">Trang chủ</a></p>
<?cs call:layout_end() ?>
