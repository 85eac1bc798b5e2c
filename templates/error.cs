<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1><?cs var:Error.Message ?></h1>
<p>Mã lỗi <?cs var:Error.Status ?>.
<?cs if:Error.Status == 404 ?>Địa chỉ có thể đã thay đổi hoặc thủ tục đã được cập nhật.<?cs /if ?>
<?cs if:Error.Status == 400 ?>Vui lòng kiểm tra lại địa chỉ hoặc nội dung đã nhập.<?cs /if ?></p>
<p>Bạn có thể <a href="/">về trang chủ</a> hoặc tìm thủ tục:</p>
<?cs call:search_form() ?>
<?cs call:layout_end() ?>
