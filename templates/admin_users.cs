<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Người dùng</h1>
<?cs call:admin_nav("user") ?>
<?cs if:Adm.manage == 1 ?><p><a class="button" href="/quan-tri/nguoi-dung/moi">Tạo tài khoản cán bộ</a></p><?cs /if ?>
<?cs if:Adm.agency == 1 ?><p class="hint">Danh sách gồm các tài khoản có vai trò tại cơ quan bạn quản trị.</p><?cs /if ?>
<form class="filters" action="/quan-tri/nguoi-dung" method="get" role="search">
<label for="f-q">Tìm theo tên, tên đăng nhập hoặc thư điện tử</label>
<input id="f-q" name="q" type="search" maxlength="200" value="<?cs var:Form.q ?>">
<label for="f-trang_thai">Trạng thái</label>
<select id="f-trang_thai" name="trang_thai">
<option value="">Tất cả</option>
<option value="active"<?cs if:Form.trang_thai == "active" ?> selected<?cs /if ?>>Đang hoạt động</option>
<option value="suspended"<?cs if:Form.trang_thai == "suspended" ?> selected<?cs /if ?>>Tạm dừng</option>
<option value="cancelled"<?cs if:Form.trang_thai == "cancelled" ?> selected<?cs /if ?>>Đã hủy</option>
<option value="unverified"<?cs if:Form.trang_thai == "unverified" ?> selected<?cs /if ?>>Chưa xác thực</option>
</select>
<label><input type="checkbox" name="cho_xu_ly" value="1"<?cs if:Form.cho_xu_ly == 1 ?> checked<?cs /if ?>> Chỉ tài khoản có yêu cầu chờ xử lý</label>
<button type="submit">Lọc</button>
</form>
<p role="status"><?cs var:Total ?> tài khoản.</p>
<?cs if:subcount(Users) > 0 ?>
<table class="list stack">
<caption>Tài khoản, yêu cầu chờ xử lý lên đầu</caption>
<thead><tr><th scope="col">Tên đăng nhập</th><th scope="col">Họ và tên</th><th scope="col">Loại</th><th scope="col">Trạng thái</th><th scope="col">Yêu cầu</th><th scope="col">Ngày tạo</th></tr></thead>
<tbody>
<?cs each:u = Users ?><tr><td data-label="Tên đăng nhập"><a href="/quan-tri/nguoi-dung/<?cs var:u.id ?>"><?cs var:u.login ?></a></td><td data-label="Họ và tên"><?cs var:u.name ?></td><td data-label="Loại"><?cs if:u.kind == "staff" ?>Cán bộ<?cs elif:u.kind == "citizen" ?>Công dân<?cs elif:u.kind == "organisation" ?>Tổ chức<?cs else ?>Doanh nghiệp<?cs /if ?></td><td data-label="Trạng thái"><?cs call:acc_status(u.status) ?></td><td data-label="Yêu cầu"><?cs call:acc_request(u.request) ?></td><td data-label="Ngày tạo"><?cs var:u.created ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs call:paging() ?>
<?cs /if ?>
<?cs call:layout_end() ?>
