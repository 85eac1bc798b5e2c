<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<nav class="crumbs" aria-label="Vị trí">
<a href="/">Trang chủ</a> › <a href="/ho-so/<?cs var:url_escape(W.code) ?>">Hồ sơ <?cs var:W.code ?></a> › Rút hồ sơ
</nav>
<h1>Rút hồ sơ <?cs var:W.code ?></h1>
<p><?cs var:W.proc_name ?>. Trạng thái hiện tại: <strong><?cs var:W.status_name ?></strong>.</p>
<?cs if:W.kind == 0 ?>
<div class="alert" role="alert"><p><strong>Hồ sơ ở trạng thái này không rút được nữa.</strong> Hồ sơ đã có kết quả, đã dừng xử lý hoặc đã được rút.</p></div>
<?cs elif:W.asked ?>
<div class="alert" role="alert"><p><strong>Bạn đã đề nghị rút hồ sơ này lúc <?cs var:W.asked ?>.</strong> Bộ phận Một cửa sẽ xem xét và thông báo kết quả.</p></div>
<?cs else ?>
<?cs if:W.kind == 2 ?><p>Hồ sơ chưa được tiếp nhận: khi bạn xác nhận, hồ sơ được rút ngay và sẽ không được xử lý.</p>
<?cs else ?><p>Hồ sơ đã được tiếp nhận: đề nghị rút hồ sơ của bạn sẽ được gửi tới Bộ phận Một cửa để xem xét; hồ sơ vẫn ở trạng thái hiện tại cho đến khi có quyết định.</p><?cs /if ?>
<?cs call:errors_summary() ?>
<form class="form" action="/nop-ho-so/rut/<?cs var:url_escape(W.code) ?>" method="post" novalidate>
<?cs call:csrf() ?>
<div class="field<?cs if:Err.ly_do ?> invalid<?cs /if ?>">
<label for="f-ly_do">Lý do rút hồ sơ</label>
<textarea id="f-ly_do" name="ly_do" rows="3" maxlength="<?cs var:Limits.reason ?>" aria-required="true"<?cs if:Err.ly_do ?> aria-invalid="true" aria-describedby="e-ly_do"<?cs /if ?>><?cs var:Form.ly_do ?></textarea>
<?cs if:Err.ly_do ?><p class="error" id="e-ly_do"><?cs var:Err.ly_do ?></p><?cs /if ?>
</div>
<p><button type="submit"><?cs if:W.kind == 2 ?>Xác nhận rút hồ sơ<?cs else ?>Gửi đề nghị rút hồ sơ<?cs /if ?></button> <a href="/ho-so/<?cs var:url_escape(W.code) ?>">Quay lại, không rút</a></p>
</form>
<?cs /if ?>
<?cs call:layout_end() ?>
