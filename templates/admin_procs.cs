<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Thủ tục hành chính</h1>
<?cs call:admin_nav("proc") ?>
<?cs if:Adm.manage == 1 ?><p><a class="button" href="/quan-tri/thu-tuc/moi">Thêm thủ tục (bản nháp)</a></p><?cs /if ?>
<?cs if:Adm.agency == 1 ?><p class="hint">Danh sách gồm các thủ tục của cơ quan bạn quản trị, mọi trạng thái và mọi phiên bản.</p><?cs /if ?>
<form class="filters" action="/quan-tri/thu-tuc" method="get" role="search">
<label for="f-q">Tìm theo tên hoặc mã thủ tục</label>
<input id="f-q" name="q" type="search" maxlength="200" value="<?cs var:Form.q ?>">
<label for="f-trang_thai">Trạng thái</label>
<select id="f-trang_thai" name="trang_thai">
<option value="">Tất cả</option>
<option value="draft"<?cs if:Form.trang_thai == "draft" ?> selected<?cs /if ?>>Bản nháp</option>
<option value="published"<?cs if:Form.trang_thai == "published" ?> selected<?cs /if ?>>Đã công bố</option>
<option value="abolished"<?cs if:Form.trang_thai == "abolished" ?> selected<?cs /if ?>>Đã bãi bỏ</option>
</select>
<button type="submit">Lọc</button>
</form>
<p role="status"><?cs var:Total ?> phiên bản thủ tục.</p>
<?cs if:subcount(Procs) > 0 ?>
<table class="list stack">
<caption>Các phiên bản thủ tục, bản nháp lên đầu</caption>
<thead><tr><th scope="col">Tên thủ tục</th><th scope="col">Mã</th><th scope="col">Phiên bản</th><th scope="col">Trạng thái</th><th scope="col">Cơ quan</th><th scope="col">Cập nhật</th></tr></thead>
<tbody>
<?cs each:p = Procs ?><tr><td data-label="Tên thủ tục"><a href="/quan-tri/thu-tuc/<?cs var:p.id ?>"><?cs var:p.name ?></a></td><td data-label="Mã"><?cs var:p.code ?></td><td data-label="Phiên bản"><?cs var:p.version ?></td><td data-label="Trạng thái"><?cs call:proc_status(p.status, p.is_current) ?></td><td data-label="Cơ quan"><?cs var:p.agency ?></td><td data-label="Cập nhật"><?cs var:p.updated ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs call:paging() ?>
<?cs /if ?>
<?cs call:layout_end() ?>
