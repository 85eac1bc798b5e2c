<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Quên mật khẩu</h1>
<p>Nhập thư điện tử của tài khoản. Chúng tôi sẽ gửi liên kết để bạn đặt mật khẩu mới.</p>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/quen-mat-khau" method="post" novalidate>
<?cs call:csrf() ?>
<?cs call:field("email", "Thư điện tử", "email", Form.email, Err.email, "", "email") ?>
<p><button type="submit">Gửi liên kết</button></p>
</form>
<?cs call:layout_end() ?>
