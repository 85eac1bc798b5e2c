<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?><?cs with:p = Proc.0 ?>
<h1><?cs if:Form.stt ?>Sửa trường <?cs var:Form.ma_truong ?><?cs else ?>Thêm trường vào biểu mẫu điện tử<?cs /if ?></h1>
<?cs call:admin_nav("proc") ?>
<p>Thủ tục <a href="/quan-tri/thu-tuc/<?cs var:p.id ?>"><?cs var:p.name ?></a> (mã <?cs var:p.code ?>, phiên bản <?cs var:p.version ?>, bản nháp). Người nộp hồ sơ trực tuyến điền các trường này; lỗi được báo ngay cạnh từng trường.</p>
<?cs call:errors_summary() ?>
<form class="form" action="/quan-tri/thu-tuc/<?cs var:p.id ?>/truong" method="post" novalidate>
<?cs call:csrf() ?>
<?cs if:Form.stt ?><input type="hidden" name="stt" value="<?cs var:Form.stt ?>"><?cs /if ?>
<?cs call:field("nhan", "Nhãn hiển thị", "text", Form.nhan, Err.nhan, "Ví dụ: Họ và tên người mẹ.", "off") ?>
<?cs call:field("ma_truong", "Mã trường", "text", Form.ma_truong, Err.ma_truong, "Chữ thường không dấu, chữ số, gạch dưới; ví dụ ho_ten_me. Dùng làm khóa dữ liệu của hồ sơ.", "off") ?>
<div class="field<?cs if:Err.kieu ?> invalid<?cs /if ?>">
<label for="f-kieu">Kiểu dữ liệu</label>
<select id="f-kieu" name="kieu"<?cs if:Err.kieu ?> aria-describedby="e-kieu" aria-invalid="true"<?cs /if ?>>
<option value="text"<?cs if:Form.kieu == "text" ?> selected<?cs /if ?>>Văn bản một dòng</option>
<option value="textarea"<?cs if:Form.kieu == "textarea" ?> selected<?cs /if ?>>Văn bản nhiều dòng</option>
<option value="number"<?cs if:Form.kieu == "number" ?> selected<?cs /if ?>>Số</option>
<option value="date"<?cs if:Form.kieu == "date" ?> selected<?cs /if ?>>Ngày</option>
<option value="select"<?cs if:Form.kieu == "select" ?> selected<?cs /if ?>>Danh sách chọn</option>
<option value="checkbox"<?cs if:Form.kieu == "checkbox" ?> selected<?cs /if ?>>Ô đánh dấu</option>
<option value="email"<?cs if:Form.kieu == "email" ?> selected<?cs /if ?>>Thư điện tử</option>
<option value="phone"<?cs if:Form.kieu == "phone" ?> selected<?cs /if ?>>Số điện thoại</option>
<option value="cccd"<?cs if:Form.kieu == "cccd" ?> selected<?cs /if ?>>Số căn cước công dân</option>
</select>
<?cs if:Err.kieu ?><p class="error" id="e-kieu"><?cs var:Err.kieu ?></p><?cs /if ?>
</div>
<?cs call:check("bat_buoc", "Bắt buộc nhập", Form.bat_buoc, Err.bat_buoc) ?>
<?cs call:field("do_dai", "Độ dài tối đa (ký tự)", "number", Form.do_dai, Err.do_dai, "0 hoặc để trống: mặc định theo kiểu dữ liệu.", "off") ?>
<?cs call:area("lua_chon", "Các lựa chọn (chỉ cho danh sách chọn)", Form.lua_chon, Err.lua_chon, "Mỗi dòng một lựa chọn.", 4) ?>
<?cs call:field("goi_y", "Gợi ý dưới trường (không bắt buộc)", "text", Form.goi_y, Err.goi_y, "", "off") ?>
<p><button type="submit">Lưu trường</button></p>
</form>
<p><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>#bieu-mau">‹ Về thủ tục</a></p>
<?cs /with ?><?cs call:layout_end() ?>
