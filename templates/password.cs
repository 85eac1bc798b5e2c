<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Đổi mật khẩu</h1>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/mat-khau" method="post" novalidate>
<?cs call:csrf() ?>
<?cs if:Err.any ?><?cs set:pw_hint = "Vì an toàn, các ô mật khẩu không được giữ lại sau khi gửi: vui lòng nhập lại cả ba ô." ?><?cs else ?><?cs set:pw_hint = "" ?><?cs /if ?>
<?cs call:field("mat_khau_cu", "Mật khẩu hiện tại", "password", "", Err.mat_khau_cu, pw_hint, "current-password") ?>
<?cs call:field("mat_khau", "Mật khẩu mới", "password", "", Err.mat_khau, "Ít nhất 8 ký tự, có cả chữ cái và chữ số.", "new-password") ?>
<?cs call:field("mat_khau_2", "Nhập lại mật khẩu mới", "password", "", Err.mat_khau_2, "", "new-password") ?>
<p><button type="submit">Đổi mật khẩu</button></p>
</form>
<p class="hint">Sau khi đổi mật khẩu, các phiên đăng nhập khác của bạn sẽ bị kết thúc.</p>
<?cs call:layout_end() ?>
