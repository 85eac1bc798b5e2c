<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?><?cs with:p = Proc.0 ?>
<h1><?cs if:Form.stt ?>Sửa thành phần hồ sơ <?cs var:Form.stt ?><?cs else ?>Thêm thành phần hồ sơ<?cs /if ?></h1>
<?cs call:admin_nav("proc") ?>
<p>Thủ tục <a href="/quan-tri/thu-tuc/<?cs var:p.id ?>"><?cs var:p.name ?></a> (mã <?cs var:p.code ?>, phiên bản <?cs var:p.version ?>, bản nháp).</p>
<?cs call:errors_summary() ?>
<form class="form" action="/quan-tri/thu-tuc/<?cs var:p.id ?>/thanh-phan" method="post" novalidate>
<?cs call:csrf() ?>
<?cs if:Form.stt ?><input type="hidden" name="stt" value="<?cs var:Form.stt ?>"><?cs /if ?>
<?cs call:area("ten", "Tên giấy tờ", Form.ten, Err.ten, "", 3) ?>
<?cs call:field("nhom", "Trường hợp (không bắt buộc)", "text", Form.nhom, Err.nhom, "Ví dụ: Trường hợp (1): Đăng ký lần đầu.", "off") ?>
<?cs call:field("ban_chinh", "Số bản chính", "number", Form.ban_chinh, Err.ban_chinh, "", "off") ?>
<?cs call:field("ban_sao", "Số bản sao", "number", Form.ban_sao, Err.ban_sao, "", "off") ?>
<?cs call:check("bat_buoc", "Bắt buộc phải nộp", Form.bat_buoc, Err.bat_buoc) ?>
<div class="field<?cs if:Err.mau_don ?> invalid<?cs /if ?>">
<label for="f-mau_don">Mẫu đơn, tờ khai</label>
<select id="f-mau_don" name="mau_don"<?cs if:Err.mau_don ?> aria-describedby="e-mau_don" aria-invalid="true"<?cs /if ?>>
<option value="">(Không có mẫu)</option>
<?cs each:f = Forms ?><option value="<?cs var:f.id ?>"<?cs if:Form.mau_don == f.id ?> selected<?cs /if ?>><?cs var:f.name ?></option>
<?cs /each ?></select>
<?cs if:Err.mau_don ?><p class="error" id="e-mau_don"><?cs var:Err.mau_don ?></p><?cs /if ?>
</div>
<p><button type="submit">Lưu thành phần</button></p>
</form>
<p><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>#thanh-phan">‹ Về thủ tục</a></p>
<?cs /with ?><?cs call:layout_end() ?>
