<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Đặt lại mật khẩu</h1>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/dat-lai-mat-khau" method="post" novalidate>
<?cs call:csrf() ?>
<input type="hidden" name="ma" value="<?cs var:Form.ma ?>">
<?cs if:Err.any ?><?cs set:pw_hint = "Vì an toàn, mật khẩu không được giữ lại sau khi gửi: vui lòng nhập lại. Ít nhất 8 ký tự, có cả chữ cái và chữ số." ?><?cs else ?><?cs set:pw_hint = "Ít nhất 8 ký tự, có cả chữ cái và chữ số." ?><?cs /if ?>
<?cs call:field("mat_khau", "Mật khẩu mới", "password", "", Err.mat_khau, pw_hint, "new-password") ?>
<?cs call:field("mat_khau_2", "Nhập lại mật khẩu mới", "password", "", Err.mat_khau_2, "", "new-password") ?>
<p><button type="submit">Lưu mật khẩu mới</button></p>
</form>
<?cs call:layout_end() ?>
