<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Cài đặt hệ thống</h1>
<?cs call:admin_nav("setting") ?>
<?cs call:saved() ?>
<p>Các quy định có thể thay đổi theo quyết định mà không cần sửa chương trình. Thay đổi có hiệu lực ngay và được ghi vào nhật ký.</p>
<?cs call:errors_summary() ?>
<?cs each:s = Settings ?>
<form class="form setting" action="/quan-tri/cai-dat" method="post" novalidate>
<?cs call:csrf() ?>
<input type="hidden" name="khoa" value="<?cs var:s.name ?>">
<div class="field<?cs if:ErrKey == s.name && Err.gia_tri ?> invalid<?cs /if ?>">
<label for="f-gia_tri-<?cs var:name(s) ?>"><?cs if:s.label ?><?cs var:s.label ?><?cs else ?><?cs var:s.name ?><?cs /if ?><?cs if:s.unit ?> (<?cs var:s.unit ?>)<?cs /if ?></label>
<p class="hint" id="h-gia_tri-<?cs var:name(s) ?>">Khóa <code><?cs var:s.name ?></code>, cập nhật <?cs var:s.updated ?>.</p>
<input id="f-gia_tri-<?cs var:name(s) ?>" name="gia_tri" type="text" value="<?cs if:ErrKey == s.name && Err.gia_tri ?><?cs var:Form.gia_tri ?><?cs else ?><?cs var:s.value ?><?cs /if ?>" aria-describedby="<?cs if:ErrKey == s.name && Err.gia_tri ?>e-gia_tri-<?cs var:name(s) ?> <?cs /if ?>h-gia_tri-<?cs var:name(s) ?>"<?cs if:ErrKey == s.name && Err.gia_tri ?> aria-invalid="true"<?cs /if ?>>
<?cs if:ErrKey == s.name && Err.gia_tri ?><p class="error" id="e-gia_tri-<?cs var:name(s) ?>"><?cs var:Err.gia_tri ?></p><?cs /if ?>
</div>
<p><button type="submit">Lưu<span class="vh"> <?cs if:s.label ?><?cs var:s.label ?><?cs else ?><?cs var:s.name ?><?cs /if ?></span></button></p>
</form>
<?cs /each ?>
<?cs call:layout_end() ?>
