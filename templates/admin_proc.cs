<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?><?cs with:p = Proc.0 ?>
<?cs if:p.id ?><h1><?cs var:p.name ?></h1><?cs else ?><h1>Thêm thủ tục (bản nháp)</h1><?cs /if ?>
<?cs call:admin_nav("proc") ?>
<?cs call:saved() ?>
<?cs if:p.id ?>
<p class="meta"><span>Mã <strong><?cs var:p.code ?></strong></span><span>Phiên bản <?cs var:p.version ?></span><span><?cs call:proc_status(p.status, p.is_current) ?></span><span>Cập nhật <?cs var:p.updated ?></span>
<?cs if:p.status != "draft" ?><span><a href="/thu-tuc/<?cs var:url_escape(p.code) ?><?cs if:p.is_current != 1 ?>?phien-ban=<?cs var:p.version ?><?cs /if ?>">Trang công khai</a></span><?cs /if ?></p>
<?cs if:p.status == "draft" ?><p class="alert" role="note">Bản nháp chưa được công khai. Người dân chỉ thấy thủ tục sau khi bản nháp được công bố.</p><?cs /if ?>
<?cs if:p.status == "abolished" ?><p class="alert" role="note">Thủ tục đã bị bãi bỏ: không tiếp nhận hồ sơ mới; thông tin được giữ lại để tra cứu.</p><?cs /if ?>
<?cs /if ?>

<?cs if:!p.id || (p.status == "draft" && p.can_write == 1) ?>
<?cs call:errors_summary() ?>
<form class="form wide" action="<?cs if:p.id ?>/quan-tri/thu-tuc/<?cs var:p.id ?><?cs else ?>/quan-tri/thu-tuc/moi<?cs /if ?>" method="post" novalidate>
<?cs call:csrf() ?>
<?cs if:!p.id ?><?cs call:field("ma_thu_tuc", "Mã thủ tục (mã TTHC)", "text", Form.ma_thu_tuc, Err.ma_thu_tuc, "Ví dụ 1.001234; không đổi được sau khi tạo.", "off") ?><?cs /if ?>
<?cs call:field("ten", "Tên thủ tục", "text", Form.ten, Err.ten, "", "off") ?>
<div class="field<?cs if:Err.linh_vuc ?> invalid<?cs /if ?>">
<label for="f-linh_vuc">Lĩnh vực</label>
<select id="f-linh_vuc" name="linh_vuc"<?cs if:Err.linh_vuc ?> aria-describedby="e-linh_vuc" aria-invalid="true"<?cs /if ?>>
<option value="">(Chọn lĩnh vực)</option>
<?cs each:f = Fields ?><option value="<?cs var:f.id ?>"<?cs if:Form.linh_vuc == f.id ?> selected<?cs /if ?>><?cs var:f.name ?></option>
<?cs /each ?></select>
<?cs if:Err.linh_vuc ?><p class="error" id="e-linh_vuc"><?cs var:Err.linh_vuc ?></p><?cs /if ?>
</div>
<div class="field<?cs if:Err.co_quan ?> invalid<?cs /if ?>">
<label for="f-co_quan">Cơ quan thực hiện</label>
<select id="f-co_quan" name="co_quan"<?cs if:Err.co_quan ?> aria-describedby="e-co_quan" aria-invalid="true"<?cs /if ?>>
<option value="">(Chọn cơ quan)</option>
<?cs each:a = MyAgencies ?><option value="<?cs var:a.id ?>"<?cs if:Form.co_quan == a.id ?> selected<?cs /if ?>><?cs var:a.code ?> – <?cs var:a.name ?></option>
<?cs /each ?></select>
<?cs if:Err.co_quan ?><p class="error" id="e-co_quan"><?cs var:Err.co_quan ?></p><?cs /if ?>
</div>
<fieldset class="field<?cs if:Err.cap_bo ?> invalid<?cs /if ?>"<?cs if:Err.cap_bo ?> aria-describedby="e-cap_bo"<?cs /if ?>>
<legend>Cấp thực hiện</legend>
<label><input type="checkbox" name="cap_bo" value="1"<?cs if:Form.cap_bo == 1 ?> checked<?cs /if ?>> Cấp bộ</label>
<label><input type="checkbox" name="cap_tinh" value="1"<?cs if:Form.cap_tinh == 1 ?> checked<?cs /if ?>> Cấp tỉnh</label>
<label><input type="checkbox" name="cap_huyen" value="1"<?cs if:Form.cap_huyen == 1 ?> checked<?cs /if ?>> Cấp huyện</label>
<label><input type="checkbox" name="cap_xa" value="1"<?cs if:Form.cap_xa == 1 ?> checked<?cs /if ?>> Cấp xã</label>
<label><input type="checkbox" name="cap_khac" value="1"<?cs if:Form.cap_khac == 1 ?> checked<?cs /if ?>> Cơ quan khác</label>
<?cs if:Err.cap_bo ?><p class="error" id="e-cap_bo"><?cs var:Err.cap_bo ?></p><?cs /if ?>
</fieldset>
<div class="field<?cs if:Err.muc_do ?> invalid<?cs /if ?>">
<label for="f-muc_do">Mức độ dịch vụ công trực tuyến (Nghị định 43/2011/NĐ-CP)</label>
<select id="f-muc_do" name="muc_do"<?cs if:Err.muc_do ?> aria-describedby="e-muc_do" aria-invalid="true"<?cs /if ?>>
<option value="1"<?cs if:Form.muc_do == 1 ?> selected<?cs /if ?>>Mức độ 1</option>
<option value="2"<?cs if:Form.muc_do == 2 ?> selected<?cs /if ?>>Mức độ 2</option>
<option value="3"<?cs if:Form.muc_do == 3 ?> selected<?cs /if ?>>Mức độ 3</option>
<option value="4"<?cs if:Form.muc_do == 4 ?> selected<?cs /if ?>>Mức độ 4</option>
</select>
<?cs if:Err.muc_do ?><p class="error" id="e-muc_do"><?cs var:Err.muc_do ?></p><?cs /if ?>
</div>
<div class="field<?cs if:Err.dich_vu_truc_tuyen ?> invalid<?cs /if ?>">
<label for="f-dich_vu_truc_tuyen">Dịch vụ công trực tuyến (Nghị định 42/2022/NĐ-CP)</label>
<select id="f-dich_vu_truc_tuyen" name="dich_vu_truc_tuyen"<?cs if:Err.dich_vu_truc_tuyen ?> aria-describedby="e-dich_vu_truc_tuyen" aria-invalid="true"<?cs /if ?>>
<option value="0"<?cs if:Form.dich_vu_truc_tuyen == 0 ?> selected<?cs /if ?>>Chỉ cung cấp thông tin</option>
<option value="1"<?cs if:Form.dich_vu_truc_tuyen == 1 ?> selected<?cs /if ?>>Một phần</option>
<option value="2"<?cs if:Form.dich_vu_truc_tuyen == 2 ?> selected<?cs /if ?>>Toàn trình</option>
</select>
<?cs if:Err.dich_vu_truc_tuyen ?><p class="error" id="e-dich_vu_truc_tuyen"><?cs var:Err.dich_vu_truc_tuyen ?></p><?cs /if ?>
</div>
<?cs call:field("thoi_han", "Thời hạn giải quyết (như công bố)", "text", Form.thoi_han, Err.thoi_han, "Ví dụ: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "off") ?>
<?cs call:field("so_ngay", "Thời hạn tính hạn xử lý: số", "text", Form.so_ngay, Err.so_ngay, "Dùng để tính ngày hẹn trả; để trống nếu không xác định.", "off") ?>
<div class="field<?cs if:Err.don_vi ?> invalid<?cs /if ?>">
<label for="f-don_vi">Thời hạn tính hạn xử lý: đơn vị</label>
<select id="f-don_vi" name="don_vi"<?cs if:Err.don_vi ?> aria-describedby="e-don_vi" aria-invalid="true"<?cs /if ?>>
<option value="working_days"<?cs if:Form.don_vi == "working_days" ?> selected<?cs /if ?>>Ngày làm việc</option>
<option value="days"<?cs if:Form.don_vi == "days" ?> selected<?cs /if ?>>Ngày</option>
<option value="hours"<?cs if:Form.don_vi == "hours" ?> selected<?cs /if ?>>Giờ làm việc</option>
<option value="none"<?cs if:Form.don_vi == "none" ?> selected<?cs /if ?>>Không xác định</option>
</select>
<?cs if:Err.don_vi ?><p class="error" id="e-don_vi"><?cs var:Err.don_vi ?></p><?cs /if ?>
</div>
<?cs call:area("phi", "Phí, lệ phí (như công bố)", Form.phi, Err.phi, "", 3) ?>
<?cs call:field("muc_phi", "Mức phí thấp nhất (đồng; 0 nếu miễn phí)", "text", Form.muc_phi, Err.muc_phi, "Để trống nếu không xác định.", "off") ?>
<?cs call:area("trinh_tu", "Trình tự thực hiện", Form.trinh_tu, Err.trinh_tu, "", 8) ?>
<?cs call:area("cach_thuc", "Cách thức thực hiện", Form.cach_thuc, Err.cach_thuc, "", 4) ?>
<?cs call:area("dieu_kien", "Yêu cầu, điều kiện", Form.dieu_kien, Err.dieu_kien, "", 4) ?>
<?cs call:area("ket_qua", "Kết quả thực hiện", Form.ket_qua, Err.ket_qua, "", 3) ?>
<?cs call:area("can_cu", "Căn cứ pháp lý", Form.can_cu, Err.can_cu, "", 4) ?>
<?cs call:area("doi_tuong", "Đối tượng thực hiện", Form.doi_tuong, Err.doi_tuong, "", 2) ?>
<?cs call:area("dia_diem", "Địa điểm, thời gian tiếp nhận", Form.dia_diem, Err.dia_diem, "", 3) ?>
<?cs call:area("huong_dan", "Hướng dẫn sử dụng dịch vụ trực tuyến", Form.huong_dan, Err.huong_dan, "", 3) ?>
<?cs call:field("quyet_dinh", "Quyết định công bố", "text", Form.quyet_dinh, Err.quyet_dinh, "", "off") ?>
<?cs call:field("ngay_ap_dung", "Ngày áp dụng", "date", Form.ngay_ap_dung, Err.ngay_ap_dung, "Để trống: ngày công bố.", "off") ?>
<p><button type="submit"><?cs if:p.id ?>Lưu bản nháp<?cs else ?>Tạo bản nháp<?cs /if ?></button></p>
</form>
<?cs else ?>
<dl class="facts">
<dt>Lĩnh vực</dt><dd><?cs each:f = Fields ?><?cs if:Form.linh_vuc == f.id ?><?cs var:f.name ?><?cs /if ?><?cs /each ?></dd>
<dt>Cơ quan thực hiện</dt><dd><?cs var:p.agency_text ?></dd>
<dt>Mức độ</dt><dd>Mức độ <?cs var:Form.muc_do ?> · <?cs if:Form.dich_vu_truc_tuyen == 2 ?>Toàn trình<?cs elif:Form.dich_vu_truc_tuyen == 1 ?>Một phần<?cs else ?>Chỉ cung cấp thông tin<?cs /if ?></dd>
<dt>Thời hạn giải quyết</dt><dd><?cs var:Form.thoi_han ?></dd>
<dt>Phí, lệ phí</dt><dd class="pre"><?cs var:Form.phi ?></dd>
<dt>Trình tự thực hiện</dt><dd class="pre"><?cs var:Form.trinh_tu ?></dd>
<dt>Cách thức thực hiện</dt><dd class="pre"><?cs var:Form.cach_thuc ?></dd>
<dt>Yêu cầu, điều kiện</dt><dd class="pre"><?cs var:Form.dieu_kien ?></dd>
<dt>Kết quả</dt><dd class="pre"><?cs var:Form.ket_qua ?></dd>
<dt>Căn cứ pháp lý</dt><dd class="pre"><?cs var:Form.can_cu ?></dd>
<dt>Đối tượng thực hiện</dt><dd class="pre"><?cs var:Form.doi_tuong ?></dd>
<dt>Địa điểm, thời gian</dt><dd class="pre"><?cs var:Form.dia_diem ?></dd>
<dt>Ngày áp dụng</dt><dd><?cs var:Form.ngay_ap_dung ?></dd>
</dl>
<?cs /if ?>

<?cs if:p.id ?>
<?cs set:edit = 0 ?><?cs if:p.status == "draft" && p.can_write == 1 ?><?cs set:edit = 1 ?><?cs /if ?>
<h2 id="thanh-phan">Thành phần hồ sơ</h2>
<?cs if:subcount(Components) > 0 ?>
<table class="list stack">
<caption>Giấy tờ người nộp phải gửi kèm</caption>
<thead><tr><th scope="col">STT</th><th scope="col">Tên giấy tờ</th><th scope="col">Số lượng</th><th scope="col">Bắt buộc</th><th scope="col">Mẫu đơn</th><?cs if:edit == 1 ?><th scope="col"><span class="vh">Thao tác</span></th><?cs /if ?></tr></thead>
<tbody>
<?cs each:c = Components ?><tr><td data-label="STT"><?cs var:c.seq ?></td><td data-label="Tên giấy tờ"><?cs if:c.group ?><span class="n"><?cs var:c.group ?></span><br><?cs /if ?><?cs var:c.name ?></td><td data-label="Số lượng"><?cs var:c.originals ?> bản chính, <?cs var:c.copies ?> bản sao</td><td data-label="Bắt buộc"><?cs if:c.required == 1 ?>Có<?cs else ?>Không<?cs /if ?></td><td data-label="Mẫu đơn"><?cs each:f = Forms ?><?cs if:f.id == c.form_id ?><?cs var:f.name ?><?cs /if ?><?cs /each ?></td>
<?cs if:edit == 1 ?><td><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>/thanh-phan?stt=<?cs var:c.seq ?>">Sửa<span class="vh"> thành phần <?cs var:c.seq ?></span></a>
<form class="inline" action="/quan-tri/thu-tuc/<?cs var:p.id ?>/thanh-phan" method="post"><?cs call:csrf() ?><input type="hidden" name="stt" value="<?cs var:c.seq ?>"><input type="hidden" name="xoa" value="1"><button type="submit" class="secondary">Xóa<span class="vh"> thành phần <?cs var:c.seq ?></span></button></form></td><?cs /if ?></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Chưa có thành phần hồ sơ.</p><?cs /if ?>
<?cs if:edit == 1 ?><p><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>/thanh-phan">Thêm thành phần hồ sơ</a></p><?cs /if ?>

<h2 id="bieu-mau">Biểu mẫu điện tử</h2>
<p class="hint">Các trường người nộp điền khi nộp hồ sơ trực tuyến.</p>
<?cs if:subcount(FormFields) > 0 ?>
<table class="list stack">
<caption>Trường của biểu mẫu, theo thứ tự hiển thị</caption>
<thead><tr><th scope="col">STT</th><th scope="col">Nhãn</th><th scope="col">Mã trường</th><th scope="col">Kiểu</th><th scope="col">Bắt buộc</th><?cs if:edit == 1 ?><th scope="col"><span class="vh">Thao tác</span></th><?cs /if ?></tr></thead>
<tbody>
<?cs each:f = FormFields ?><tr><td data-label="STT"><?cs var:f.seq ?></td><td data-label="Nhãn"><?cs var:f.label ?></td><td data-label="Mã trường"><code><?cs var:f.name ?></code></td><td data-label="Kiểu"><?cs var:f.type ?></td><td data-label="Bắt buộc"><?cs if:f.required == 1 ?>Có<?cs else ?>Không<?cs /if ?></td>
<?cs if:edit == 1 ?><td><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>/truong?stt=<?cs var:f.seq ?>">Sửa<span class="vh"> trường <?cs var:f.name ?></span></a>
<form class="inline" action="/quan-tri/thu-tuc/<?cs var:p.id ?>/truong" method="post"><?cs call:csrf() ?><input type="hidden" name="stt" value="<?cs var:f.seq ?>"><input type="hidden" name="xoa" value="1"><button type="submit" class="secondary">Xóa<span class="vh"> trường <?cs var:f.name ?></span></button></form></td><?cs /if ?></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Chưa có trường nào.</p><?cs /if ?>
<?cs if:edit == 1 ?><p><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>/truong">Thêm trường</a></p><?cs /if ?>

<?cs if:p.can_write == 1 ?>
<h2 id="h-vong-doi">Công bố, sửa đổi, bãi bỏ</h2>
<?cs if:p.status == "draft" ?>
<form action="/quan-tri/thu-tuc/<?cs var:p.id ?>/cong-bo" method="post"><?cs call:csrf() ?>
<p>Công bố bản nháp này: nó trở thành phiên bản đang áp dụng và hiển thị ngay trên Cổng; phiên bản trước (nếu có) được giữ lại cho các hồ sơ đã nộp.</p>
<p><button type="submit">Công bố phiên bản <?cs var:p.version ?></button></p></form>
<?cs elif:p.status == "published" && p.is_current == 1 ?>
<form class="inline-actions" action="/quan-tri/thu-tuc/<?cs var:p.id ?>/sua-doi" method="post"><?cs call:csrf() ?>
<button type="submit">Sửa đổi (tạo phiên bản mới)</button></form>
<form class="inline-actions" action="/quan-tri/thu-tuc/<?cs var:p.id ?>/bai-bo" method="post"><?cs call:csrf() ?>
<p>Bãi bỏ: không tiếp nhận hồ sơ mới; trang thủ tục vẫn được giữ để tra cứu.</p>
<button type="submit" class="secondary">Bãi bỏ thủ tục</button></form>
<?cs else ?><p>Phiên bản này không còn thay đổi được.</p><?cs /if ?>
<?cs /if ?>

<h2>Các phiên bản</h2>
<ul><?cs each:v = Versions ?><li><?cs if:v.id == p.id ?><strong>Phiên bản <?cs var:v.version ?></strong><?cs else ?><a href="/quan-tri/thu-tuc/<?cs var:v.id ?>">Phiên bản <?cs var:v.version ?></a><?cs /if ?> – <?cs call:proc_status(v.status, v.is_current) ?>, <?cs var:v.updated ?></li><?cs /each ?></ul>
<?cs /if ?>
<p><a href="/quan-tri/thu-tuc">‹ Danh sách thủ tục</a></p>
<?cs /with ?><?cs call:layout_end() ?>
