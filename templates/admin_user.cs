<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?><?cs with:u = Acc.0 ?>
<h1><?cs var:u.name ?></h1>
<?cs call:admin_nav("user") ?>
<?cs call:saved() ?>
<dl class="facts">
<dt>Tên đăng nhập</dt><dd><?cs var:u.login ?></dd>
<dt>Loại tài khoản</dt><dd><?cs if:u.kind == "staff" ?>Cán bộ<?cs elif:u.kind == "citizen" ?>Công dân<?cs elif:u.kind == "organisation" ?>Tổ chức<?cs else ?>Doanh nghiệp<?cs /if ?></dd>
<dt>Thư điện tử</dt><dd><?cs var:u.email ?></dd>
<?cs if:u.phone ?><dt>Điện thoại</dt><dd><?cs var:u.phone ?></dd><?cs /if ?>
<dt>Trạng thái</dt><dd><?cs call:acc_status(u.status) ?><?cs if:u.request != "none" ?> · <strong><?cs call:acc_request(u.request) ?></strong> đang chờ xử lý<?cs /if ?></dd>
<dt>Ngày tạo</dt><dd><?cs var:u.created ?></dd>
<dt>Cập nhật</dt><dd><?cs var:u.updated ?></dd>
</dl>

<h2 id="h-vai-tro">Vai trò</h2>
<?cs if:subcount(Grants) > 0 ?>
<table class="list stack">
<caption>Vai trò đã cấp</caption>
<thead><tr><th scope="col">Vai trò</th><th scope="col">Cơ quan</th><th scope="col">Cấp ngày</th><th scope="col">Người cấp</th><?cs if:Adm.manage == 1 ?><th scope="col"><span class="vh">Thao tác</span></th><?cs /if ?></tr></thead>
<tbody>
<?cs each:g = Grants ?><tr><td data-label="Vai trò"><?cs call:role_name(g.role) ?></td><td data-label="Cơ quan"><?cs if:g.agency_name ?><?cs var:g.agency_name ?> (<?cs var:g.agency_code ?>)<?cs else ?>Toàn hệ thống<?cs /if ?></td><td data-label="Cấp ngày"><?cs var:g.granted ?></td><td data-label="Người cấp"><?cs var:g.by ?></td><?cs if:Adm.manage == 1 ?><td><?cs if:g.can_revoke == 1 ?><form class="inline" action="/quan-tri/nguoi-dung/<?cs var:u.id ?>/thu-hoi" method="post"><?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:g.id ?>"><button type="submit" class="secondary">Thu hồi<span class="vh"> vai trò <?cs call:role_name(g.role) ?></span></button></form><?cs /if ?></td><?cs /if ?></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Chưa có vai trò nào.</p><?cs /if ?>

<?cs if:Adm.manage == 1 && u.kind == "staff" && u.status != "cancelled" ?>
<h2 id="h-cap">Cấp vai trò</h2>
<?cs call:errors_summary() ?>
<form class="form" action="/quan-tri/nguoi-dung/<?cs var:u.id ?>/cap-quyen" method="post" novalidate aria-labelledby="h-cap">
<?cs call:csrf() ?>
<?cs call:role_fields() ?>
<p><button type="submit">Cấp vai trò</button></p>
</form>
<?cs /if ?>

<?cs if:Adm.system == 1 && Acc.self != 1 ?>
<h2 id="h-trang-thai">Trạng thái tài khoản</h2>
<p>Tạm dừng hoặc hủy tài khoản sẽ kết thúc ngay mọi phiên đăng nhập của tài khoản đó.</p>
<form class="form inline-actions" action="/quan-tri/nguoi-dung/<?cs var:u.id ?>/trang-thai" method="post" aria-labelledby="h-trang-thai">
<?cs call:csrf() ?>
<?cs if:u.status == "active" ?><button type="submit" name="thao_tac" value="suspend" class="secondary">Tạm dừng tài khoản</button><?cs /if ?>
<?cs if:u.status == "suspended" ?><button type="submit" name="thao_tac" value="reactivate">Kích hoạt lại</button><?cs /if ?>
<?cs if:u.status != "cancelled" ?><button type="submit" name="thao_tac" value="cancel" class="secondary">Hủy tài khoản</button><?cs /if ?>
</form>
<?cs /if ?>
<p><a href="/quan-tri/nguoi-dung">‹ Danh sách người dùng</a></p>
<?cs /with ?><?cs call:layout_end() ?>
