<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1><?cs if:Agency.id ?><?cs var:Form.ten ?><?cs else ?>Thêm cơ quan, đơn vị<?cs /if ?></h1>
<?cs call:admin_nav("agency") ?>
<?cs call:saved() ?>
<?cs if:Agency.id ?><p class="meta"><span>Mã <?cs var:Agency.code ?></span><span>Cập nhật <?cs var:Agency.updated ?></span><span><a href="/co-quan/<?cs var:url_escape(Agency.code) ?>">Trang công khai</a></span></p><?cs /if ?>
<?cs if:Adm.system == 1 ?>
<?cs call:errors_summary() ?>
<form class="form" action="<?cs if:Agency.id ?>/quan-tri/co-quan/<?cs var:Agency.id ?><?cs else ?>/quan-tri/co-quan/moi<?cs /if ?>" method="post" novalidate>
<?cs call:csrf() ?>
<?cs call:field("ma_co_quan", "Mã cơ quan (QCVN 102:2016/BTTTT)", "text", Form.ma_co_quan, Err.ma_co_quan, "Chữ số và dấu chấm, ví dụ 000.00.12.H99.", "off") ?>
<?cs call:field("ten", "Tên cơ quan", "text", Form.ten, Err.ten, "", "organization") ?>
<div class="field<?cs if:Err.cap ?> invalid<?cs /if ?>">
<label for="f-cap">Cấp</label>
<select id="f-cap" name="cap"<?cs if:Err.cap ?> aria-describedby="e-cap" aria-invalid="true"<?cs /if ?>>
<option value="1"<?cs if:Form.cap == 1 ?> selected<?cs /if ?>>Cấp tỉnh</option>
<option value="2"<?cs if:Form.cap == 2 ?> selected<?cs /if ?>>Cấp huyện</option>
<option value="3"<?cs if:Form.cap == 3 ?> selected<?cs /if ?>>Cấp xã</option>
<option value="9"<?cs if:Form.cap == 9 ?> selected<?cs /if ?>>Khác</option>
</select>
<?cs if:Err.cap ?><p class="error" id="e-cap"><?cs var:Err.cap ?></p><?cs /if ?>
</div>
<div class="field<?cs if:Err.cap_tren ?> invalid<?cs /if ?>">
<label for="f-cap_tren">Cơ quan cấp trên</label>
<select id="f-cap_tren" name="cap_tren"<?cs if:Err.cap_tren ?> aria-describedby="e-cap_tren" aria-invalid="true"<?cs /if ?>>
<option value="">(Không có — cơ quan cấp cao nhất)</option>
<?cs each:a = Agencies ?><?cs if:a.id != Agency.id ?><option value="<?cs var:a.id ?>"<?cs if:Form.cap_tren == a.id ?> selected<?cs /if ?>><?cs var:a.code ?> – <?cs var:a.name ?></option><?cs /if ?>
<?cs /each ?></select>
<?cs if:Err.cap_tren ?><p class="error" id="e-cap_tren"><?cs var:Err.cap_tren ?></p><?cs /if ?>
</div>
<?cs call:field("dia_chi", "Địa chỉ (công khai)", "text", Form.dia_chi, Err.dia_chi, "", "street-address") ?>
<?cs call:field("email", "Thư điện tử tiếp nhận phản ánh, kiến nghị (công khai)", "email", Form.email, Err.email, "", "email") ?>
<?cs call:field("dien_thoai", "Điện thoại (công khai)", "tel", Form.dien_thoai, Err.dien_thoai, "", "tel") ?>
<?cs call:field("website", "Trang thông tin điện tử (không bắt buộc)", "url", Form.website, Err.website, "", "url") ?>
<?cs call:field("gio_lam_viec", "Giờ tiếp nhận (không bắt buộc)", "text", Form.gio_lam_viec, Err.gio_lam_viec, "Ví dụ: Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu.", "off") ?>
<p><button type="submit"><?cs if:Agency.id ?>Lưu thay đổi<?cs else ?>Thêm cơ quan<?cs /if ?></button></p>
</form>
<?cs else ?>
<dl class="facts">
<dt>Mã cơ quan</dt><dd><?cs var:Form.ma_co_quan ?></dd>
<dt>Cấp</dt><dd><?cs if:Form.cap == 1 ?>Cấp tỉnh<?cs elif:Form.cap == 2 ?>Cấp huyện<?cs elif:Form.cap == 3 ?>Cấp xã<?cs else ?>Khác<?cs /if ?></dd>
<dt>Địa chỉ</dt><dd><?cs var:Form.dia_chi ?></dd>
<dt>Thư điện tử</dt><dd><?cs var:Form.email ?></dd>
<dt>Điện thoại</dt><dd><?cs var:Form.dien_thoai ?></dd>
<dt>Trang thông tin điện tử</dt><dd><?cs var:Form.website ?></dd>
<dt>Giờ tiếp nhận</dt><dd><?cs var:Form.gio_lam_viec ?></dd>
</dl>
<?cs /if ?>
<p><a href="/quan-tri/co-quan">‹ Danh sách cơ quan</a></p>
<?cs call:layout_end() ?>
