<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1><?cs var:Error.Message ?></h1>
<p>Mã lỗi <?cs var:Error.Status ?>.
<?cs if:Error.Status == 404 ?>Địa chỉ có thể đã thay đổi hoặc thủ tục đã được cập nhật.<?cs /if ?>
<?cs if:Error.Status == 403 ?><?cs if:Error.Login == 1 ?>Trang này chỉ dành cho người đã đăng nhập. <a href="/tai-khoan/dang-nhap?tiep=<?cs var:url_escape(Error.Next) ?>">Đăng nhập</a> rồi thử lại.<?cs else ?>Tài khoản của bạn chưa được cấp quyền này. Nếu bạn cần quyền, hãy liên hệ quản trị của cơ quan bạn hoặc quản trị hệ thống.<?cs /if ?><?cs /if ?>
<?cs if:Err.link ?><a href="<?cs var:Err.link ?>">Xem hướng dẫn của thủ tục</a>.<?cs /if ?>
<?cs if:Error.Status == 400 ?>Vui lòng kiểm tra lại địa chỉ hoặc nội dung đã nhập.<?cs /if ?></p>
<p>Bạn có thể <a href="/">về trang chủ</a> hoặc tìm thủ tục:</p>
<?cs call:search_form() ?>
<?cs call:layout_end() ?>
