<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Đăng nhập</h1>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/dang-nhap" method="post" novalidate>
<?cs call:csrf() ?>
<input type="hidden" name="tiep" value="<?cs var:Form.tiep ?>">
<?cs call:field("email", "Thư điện tử hoặc tên đăng nhập", "text", Form.email, Err.email, "", "username") ?>
<?cs call:field("mat_khau", "Mật khẩu", "password", "", Err.mat_khau, "", "current-password") ?>
<p><button type="submit">Đăng nhập</button></p>
</form>
<p><a href="/tai-khoan/quen-mat-khau">Quên mật khẩu?</a> · Chưa có tài khoản? <a href="/tai-khoan/dang-ky">Đăng ký</a>.</p>
<p class="hint">Nếu bạn vừa đăng ký, hãy mở liên kết kích hoạt trong thư điện tử trước khi đăng nhập. Tài khoản đang tạm dừng? <a href="/tai-khoan/kich-hoat-lai">Yêu cầu kích hoạt lại</a>.</p>
<?cs call:layout_end() ?>
