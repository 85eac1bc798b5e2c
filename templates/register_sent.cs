<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Kiểm tra thư điện tử</h1>
<p role="status">Chúng tôi đã gửi thư tới <strong><?cs var:Sent.email ?></strong>. Hãy mở liên kết trong thư để kích hoạt tài khoản. Liên kết có hiệu lực 7 ngày; tài khoản không được kích hoạt sẽ bị xóa sau thời hạn này.</p>
<p>Không thấy thư? Hãy xem cả mục thư rác, hoặc <a href="/tai-khoan/dang-ky">đăng ký lại</a> nếu bạn nhập nhầm địa chỉ.</p>
<?cs call:layout_end() ?>
