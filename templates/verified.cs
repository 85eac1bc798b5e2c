<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Tài khoản đã được kích hoạt</h1>
<p role="status">Cảm ơn bạn. Bây giờ bạn có thể <a href="/tai-khoan/dang-nhap">đăng nhập</a> để nộp và theo dõi hồ sơ.</p>
<?cs call:layout_end() ?>
