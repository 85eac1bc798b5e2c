<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Nhật ký hệ thống</h1>
<?cs call:admin_nav("audit") ?>
<p>Đăng nhập (thành công và thất bại), các lần bị từ chối truy cập và mọi thay đổi quản trị, mới nhất trước. Nhật ký không bao giờ chứa mật khẩu hay mã phiên.</p>
<form class="filters" action="/quan-tri/nhat-ky" method="get" role="search">
<label for="f-hanh_dong">Hành động</label>
<input id="f-hanh_dong" name="hanh_dong" type="text" list="hanh-dong" maxlength="64" value="<?cs var:Form.hanh_dong ?>" aria-describedby="h-hanh_dong">
<datalist id="hanh-dong">
<option value="login"><option value="deny"><option value="agency"><option value="user"><option value="grant"><option value="account"><option value="procedure"><option value="component"><option value="form_field"><option value="setting">
</datalist>
<label for="f-nguoi_thuc_hien">Người thực hiện (tên đăng nhập)</label>
<input id="f-nguoi_thuc_hien" name="nguoi_thuc_hien" type="text" maxlength="255" value="<?cs var:Form.nguoi_thuc_hien ?>">
<button type="submit">Lọc</button>
<p class="hint" id="h-hanh_dong">Một hành động, ví dụ <code>grant.add</code>, hoặc một nhóm, ví dụ <code>procedure</code>.</p>
</form>
<?cs if:subcount(Audit) > 0 ?>
<table class="list audit stack">
<caption>Nhật ký, trang <?cs var:Paging.Page ?></caption>
<thead><tr><th scope="col">Thời điểm</th><th scope="col">Người thực hiện</th><th scope="col">Hành động</th><th scope="col">Đối tượng</th><th scope="col">Chi tiết</th></tr></thead>
<tbody>
<?cs each:e = Audit ?><tr><td data-label="Thời điểm"><?cs var:e.at ?></td><td data-label="Người thực hiện"><?cs var:e.actor ?></td><td data-label="Hành động"><code><?cs var:e.action ?></code></td><td data-label="Đối tượng"><?cs var:e.object ?></td><td data-label="Chi tiết"><?cs var:e.detail ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs call:paging() ?>
<?cs else ?><p role="status">Không có dòng nhật ký nào khớp.</p><?cs /if ?>
<?cs call:layout_end() ?>
