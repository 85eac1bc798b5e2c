<?cs include:"layout.cs" ?><?cs call:layout_begin() ?><?cs
def:way_choice(name, legend, value, err) ?>
<fieldset class="field<?cs if:err ?> invalid<?cs /if ?>"<?cs if:err ?> aria-describedby="e-<?cs var:name ?>"<?cs /if ?>>
<legend><?cs var:legend ?></legend>
<label><input type="radio" name="<?cs var:name ?>" value="desk"<?cs if:value == "desk" ?> checked<?cs /if ?>> Tại Bộ phận Một cửa</label>
<label><input type="radio" name="<?cs var:name ?>" value="post"<?cs if:value == "post" ?> checked<?cs /if ?>> Qua bưu chính công ích</label>
<label><input type="radio" name="<?cs var:name ?>" value="online"<?cs if:value == "online" ?> checked<?cs /if ?>> Trực tuyến</label>
<?cs if:err ?><p class="error" id="e-<?cs var:name ?>"><?cs var:err ?></p><?cs /if ?>
</fieldset>
<?cs /def ?>
<nav class="crumbs" aria-label="Vị trí">
<a href="/">Trang chủ</a> › <a href="/thu-tuc/<?cs var:url_escape(Proc.code) ?>">Thủ tục <?cs var:Proc.code ?></a> › Nộp hồ sơ
</nav>
<h1><?cs if:Dossier.mode == "supplement" ?>Bổ sung hồ sơ <?cs var:Dossier.code ?><?cs else ?>Nộp hồ sơ trực tuyến<?cs /if ?></h1>
<p class="lead"><?cs var:Proc.name ?> <span class="n">(mã <?cs var:Proc.code ?>)</span></p>
<?cs if:Page.notice ?><div class="notice" role="status"><p><?cs var:Page.notice ?></p></div><?cs /if ?>
<?cs if:Page.alert ?><div class="alert" role="alert"><p><strong><?cs var:Page.alert ?></strong></p></div><?cs elif:Err.any ?><div class="alert" role="alert"><p><strong>Thông tin chưa hợp lệ.</strong> Vui lòng sửa các mục được đánh dấu bên dưới; những gì bạn đã nhập vẫn được giữ lại.</p></div><?cs /if ?>
<form class="form" action="<?cs var:Form.action ?>" method="post" enctype="multipart/form-data" novalidate data-upload data-max="<?cs var:Limits.total_bytes ?>">
<?cs call:csrf() ?>
<section aria-labelledby="h-co-quan"><h2 id="h-co-quan">Cơ quan tiếp nhận</h2>
<?cs if:Dossier.mode == "supplement" ?><p><?cs var:Form.agency_name ?></p>
<?cs elif:Agencies.count > 1 ?>
<div class="field<?cs if:Err.co_quan ?> invalid<?cs /if ?>">
<label for="f-co_quan">Nộp hồ sơ đến</label>
<select id="f-co_quan" name="co_quan"<?cs if:Err.co_quan ?> aria-invalid="true" aria-describedby="e-co_quan"<?cs /if ?>>
<option value="0">– Chọn cơ quan –</option>
<?cs each:a = Agencies ?><?cs if:a.id ?><option value="<?cs var:a.id ?>"<?cs if:a.selected ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /if ?>
<?cs /each ?></select>
<?cs if:Err.co_quan ?><p class="error" id="e-co_quan"><?cs var:Err.co_quan ?></p><?cs /if ?>
</div>
<?cs elif:Agencies.count == 1 ?><p><?cs var:Agencies.0.name ?></p>
<?cs else ?><p class="error"><?cs var:Err.co_quan ?></p><?cs /if ?>
</section>
<?cs if:subcount(Fields) > 0 ?>
<section aria-labelledby="h-to-khai"><h2 id="h-to-khai">Tờ khai</h2>
<p class="hint">Các mục có dấu * là bắt buộc.</p>
<?cs each:x = Fields ?><?cs set:fid = "f_" + x.name ?>
<?cs if:x.type == "checkbox" ?>
<div class="field check<?cs if:x.err ?> invalid<?cs /if ?>">
<label><input type="checkbox" id="<?cs var:fid ?>" name="<?cs var:fid ?>" value="1"<?cs if:x.value == "1" ?> checked<?cs /if ?><?cs if:x.err ?> aria-invalid="true" aria-describedby="e-<?cs var:fid ?>"<?cs /if ?>> <?cs var:x.label ?><?cs if:x.required == "1" ?> *<?cs /if ?></label>
<?cs if:x.help ?><p class="hint"><?cs var:x.help ?></p><?cs /if ?>
<?cs if:x.err ?><p class="error" id="e-<?cs var:fid ?>"><?cs var:x.err ?></p><?cs /if ?>
</div>
<?cs else ?>
<div class="field<?cs if:x.err ?> invalid<?cs /if ?>">
<label for="<?cs var:fid ?>"><?cs var:x.label ?><?cs if:x.required == "1" ?> *<?cs /if ?></label>
<?cs if:x.help || x.type == "date" ?><p class="hint" id="h-<?cs var:fid ?>"><?cs if:x.help ?><?cs var:x.help ?> <?cs /if ?><?cs if:x.type == "date" ?>Dạng ngày/tháng/năm, ví dụ 05/09/2024.<?cs /if ?></p><?cs /if ?>
<?cs set:desc = "" ?><?cs if:x.err ?><?cs set:desc = "e-" + fid ?><?cs /if ?><?cs if:x.help || x.type == "date" ?><?cs if:desc ?><?cs set:desc = desc + " h-" + fid ?><?cs else ?><?cs set:desc = "h-" + fid ?><?cs /if ?><?cs /if ?>
<?cs if:x.type == "textarea" ?><textarea id="<?cs var:fid ?>" name="<?cs var:fid ?>" rows="4" maxlength="<?cs var:x.max ?>"<?cs if:desc ?> aria-describedby="<?cs var:desc ?>"<?cs /if ?><?cs if:x.err ?> aria-invalid="true"<?cs /if ?><?cs if:x.required == "1" ?> aria-required="true"<?cs /if ?>><?cs var:x.value ?></textarea>
<?cs elif:x.type == "select" ?><select id="<?cs var:fid ?>" name="<?cs var:fid ?>"<?cs if:desc ?> aria-describedby="<?cs var:desc ?>"<?cs /if ?><?cs if:x.err ?> aria-invalid="true"<?cs /if ?><?cs if:x.required == "1" ?> aria-required="true"<?cs /if ?>>
<option value="">– Chọn –</option>
<?cs each:o = x.Options ?><option<?cs if:o.selected ?> selected<?cs /if ?>><?cs var:o.value ?></option>
<?cs /each ?></select>
<?cs else ?><input id="<?cs var:fid ?>" name="<?cs var:fid ?>" maxlength="<?cs var:x.max ?>" value="<?cs var:x.value ?>"<?cs
if:x.type == "email" ?> type="email" autocomplete="email"<?cs
elif:x.type == "phone" ?> type="tel" autocomplete="tel"<?cs
elif:x.type == "number" || x.type == "cccd" ?> type="text" inputmode="numeric"<?cs
elif:x.type == "date" ?> type="text" inputmode="numeric" placeholder="dd/mm/yyyy"<?cs
else ?> type="text"<?cs /if ?><?cs if:desc ?> aria-describedby="<?cs var:desc ?>"<?cs /if ?><?cs if:x.err ?> aria-invalid="true"<?cs /if ?><?cs if:x.required == "1" ?> aria-required="true"<?cs /if ?>>
<?cs /if ?>
<?cs if:x.err ?><p class="error" id="e-<?cs var:fid ?>"><?cs var:x.err ?></p><?cs /if ?>
</div>
<?cs /if ?>
<?cs /each ?>
</section>
<?cs /if ?>
<section aria-labelledby="h-thanh-phan"><h2 id="h-thanh-phan">Thành phần hồ sơ</h2>
<p class="hint">Bản chụp hoặc bản quét dạng PDF, JPEG hoặc PNG; mỗi tệp tối đa <?cs var:Limits.file_mb ?> MB, cả hồ sơ tối đa <?cs var:Limits.total_mb ?> MB và <?cs var:Limits.files ?> tệp. Có thể chọn nhiều tệp cho một thành phần.</p>
<?cs if:subcount(Comps) == 0 ?><p>Thủ tục không yêu cầu giấy tờ kèm theo.</p><?cs /if ?>
<?cs each:c = Comps ?><?cs set:cid = "tp_" + c.seq ?>
<div class="field comp<?cs if:c.err ?> invalid<?cs /if ?>">
<?cs if:c.group ?><p class="hint"><?cs var:c.group ?></p><?cs /if ?>
<label for="<?cs var:cid ?>"><?cs var:c.name ?><?cs if:c.required == "1" ?> *<?cs else ?> (nếu có)<?cs /if ?></label>
<p class="hint" id="h-<?cs var:cid ?>">Bản chính: <?cs var:c.originals ?> · Bản sao: <?cs var:c.copies ?></p>
<?cs if:subcount(c.Files) > 0 ?><ul class="files">
<?cs each:t = c.Files ?><li><?cs var:t.name ?> <span class="n">(<?cs var:t.size ?>)</span>
<label class="rm"><input type="checkbox" name="xoa_tep" value="<?cs var:t.id ?>"> Bỏ tệp này</label></li>
<?cs /each ?></ul><?cs /if ?>
<input type="file" id="<?cs var:cid ?>" name="<?cs var:cid ?>" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby="<?cs if:c.err ?>e-<?cs var:cid ?> <?cs /if ?>h-<?cs var:cid ?>"<?cs if:c.err ?> aria-invalid="true"<?cs /if ?>>
<?cs if:c.err ?><p class="error" id="e-<?cs var:cid ?>"><?cs var:c.err ?></p><?cs /if ?>
</div>
<?cs /each ?>
</section>
<section aria-labelledby="h-lua-chon"><h2 id="h-lua-chon">Phí, lệ phí và nhận kết quả</h2>
<?cs if:Proc.fee ?><p class="hint">Phí, lệ phí: <?cs var:Proc.fee ?></p><?cs /if ?>
<?cs call:way_choice("thanh_toan", "Cách nộp phí, lệ phí", Form.thanh_toan, Err.thanh_toan) ?>
<?cs call:way_choice("nhan_ket_qua", "Cách nhận kết quả", Form.nhan_ket_qua, Err.nhan_ket_qua) ?>
<div class="field<?cs if:Err.dia_chi ?> invalid<?cs /if ?>">
<label for="f-dia_chi">Địa chỉ nhận kết quả qua bưu chính</label>
<p class="hint" id="h-dia_chi">Bắt buộc khi chọn nhận kết quả qua bưu chính.</p>
<textarea id="f-dia_chi" name="dia_chi" rows="2" maxlength="512" autocomplete="street-address" aria-describedby="<?cs if:Err.dia_chi ?>e-dia_chi <?cs /if ?>h-dia_chi"<?cs if:Err.dia_chi ?> aria-invalid="true"<?cs /if ?>><?cs var:Form.dia_chi ?></textarea>
<?cs if:Err.dia_chi ?><p class="error" id="e-dia_chi"><?cs var:Err.dia_chi ?></p><?cs /if ?>
</div>
</section>
<?cs if:Proc.processing ?><p>Thời hạn giải quyết: <?cs var:Proc.processing ?> (tính từ khi hồ sơ được tiếp nhận đầy đủ).</p><?cs /if ?>
<p id="upload-status" role="status" hidden><span></span> <progress max="100" value="0" aria-label="Tiến độ gửi hồ sơ"></progress></p>
<p class="actions">
<?cs if:Dossier.mode == "supplement" ?><button type="submit" name="hanh_dong" value="nop">Nộp bổ sung</button>
<?cs else ?><button type="submit" name="hanh_dong" value="nop">Nộp hồ sơ</button>
<button type="submit" name="hanh_dong" value="luu" class="secondary">Lưu nháp</button><?cs /if ?>
</p>
</form>
<?cs if:Dossier.mode == "draft" ?>
<form class="form" action="<?cs var:Form.action ?>" method="post" enctype="multipart/form-data" aria-label="Xoá hồ sơ nháp">
<?cs call:csrf() ?>
<p class="hint">Không cần hồ sơ nháp này nữa? Xoá hẳn hồ sơ nháp cùng các tệp đã đính kèm (hồ sơ nháp không dùng đến cũng được tự động xoá sau một thời gian).</p>
<p><button type="submit" name="hanh_dong" value="xoa" class="secondary">Xoá hồ sơ nháp này</button></p>
</form>
<?cs /if ?>
<script src="/js/upload.js" defer></script>
<?cs call:layout_end() ?>
