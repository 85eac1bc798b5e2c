<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Kích hoạt lại tài khoản</h1>
<p>Nếu tài khoản của bạn đang bị tạm dừng, hãy nhập thư điện tử của tài khoản. Chúng tôi sẽ gửi liên kết để bạn xác nhận yêu cầu; quản trị hệ thống sẽ xem xét và kích hoạt lại.</p>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/kich-hoat-lai" method="post" novalidate>
<?cs call:csrf() ?>
<?cs call:field("email", "Thư điện tử", "email", Form.email, Err.email, "", "email") ?>
<p><button type="submit">Gửi yêu cầu</button></p>
</form>
<?cs call:layout_end() ?>
