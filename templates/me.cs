<?cs include:"layout.cs" ?><?cs call:layout_begin() ?><?cs with:m = Me.0 ?>
<h1>Tài khoản của tôi</h1>
<?cs if:Done == "profile" ?><p class="ok" role="status">Đã lưu thông tin tài khoản.</p><?cs /if ?>
<?cs if:Done == "password" ?><p class="ok" role="status">Đã đổi mật khẩu.</p><?cs /if ?>
<?cs if:m.request == "suspend" ?><p class="alert" role="status">Yêu cầu tạm dừng tài khoản đang chờ quản trị hệ thống xử lý.</p><?cs /if ?>
<?cs if:m.request == "cancel" ?><p class="alert" role="status">Yêu cầu hủy tài khoản đang chờ quản trị hệ thống xử lý.</p><?cs /if ?>
<dl class="facts">
<dt>Tên đăng nhập</dt><dd><?cs var:m.login ?></dd>
<dt>Loại tài khoản</dt><dd><?cs if:m.kind == "citizen" ?>Công dân<?cs elif:m.kind == "organisation" ?>Tổ chức<?cs elif:m.kind == "business" ?>Doanh nghiệp<?cs else ?>Cán bộ<?cs /if ?></dd>
<dt><?cs if:m.kind == "citizen" ?>Số căn cước công dân<?cs else ?>Mã số thuế<?cs /if ?></dt><dd><?cs var:m.id_number ?></dd>
<dt>Thư điện tử</dt><dd><?cs var:m.email ?></dd>
<dt>Ngày đăng ký</dt><dd><?cs var:m.created ?></dd>
</dl>
<h2 id="h-ho-so">Hồ sơ của tôi</h2>
<?cs if:subcount(Dossiers) > 0 ?>
<table class="stack">
<caption>Hồ sơ đã nộp và hồ sơ đang lưu nháp, mới nhất trước</caption>
<thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th><th scope="col">Trạng thái</th><th scope="col">Ngày nộp</th><th scope="col">Hẹn trả</th></tr></thead>
<tbody>
<?cs each:d = Dossiers ?><tr><th scope="row"><?cs if:d.status == 0 ?><a href="/nop-ho-so/<?cs var:url_escape(d.proc_code) ?>?nhap=<?cs var:d.id ?>">Tiếp tục hồ sơ nháp</a><?cs else ?><a href="/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a><?cs /if ?></th><td data-label="Thủ tục"><?cs var:d.proc_name ?></td><td data-label="Trạng thái"><?cs var:d.status_name ?><?cs if:d.status == 0 ?> (lưu lúc <?cs var:d.updated ?>)<?cs /if ?><?cs if:d.status == 5 ?> – <a href="/nop-ho-so/<?cs var:url_escape(d.proc_code) ?>?bo-sung=<?cs var:url_escape(d.code) ?>">Bổ sung hồ sơ</a><?cs /if ?></td><td data-label="Ngày nộp"><?cs var:d.submitted ?></td><td data-label="Hẹn trả"><?cs var:d.due ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Bạn chưa nộp hồ sơ nào. Tìm thủ tục cần làm ở trang <a href="/thu-tuc">Thủ tục hành chính</a> rồi chọn “Nộp hồ sơ trực tuyến”.</p><?cs /if ?>
<h2 id="h-sua">Sửa thông tin</h2>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/ho-so" method="post" novalidate aria-labelledby="h-sua">
<?cs call:csrf() ?>
<?cs # after a refused save: what was sent, even a field emptied on
     purpose; otherwise what is stored ?><?cs
if:Err.any ?><?cs set:v_name = Form.ho_ten ?><?cs set:v_phone = Form.dien_thoai ?><?cs set:v_addr = Form.dia_chi ?><?cs
else ?><?cs set:v_name = m.name ?><?cs set:v_phone = m.phone ?><?cs set:v_addr = m.address ?><?cs /if ?>
<?cs call:field("ho_ten", "Họ và tên", "text", v_name, Err.ho_ten, "", "name") ?>
<?cs call:field("dien_thoai", "Số điện thoại", "tel", v_phone, Err.dien_thoai, "", "tel") ?>
<?cs call:field("dia_chi", "Địa chỉ liên hệ", "text", v_addr, Err.dia_chi, "", "street-address") ?>
<p><button type="submit">Lưu thông tin</button></p>
</form>
<h2>Bảo mật</h2>
<p><a href="/tai-khoan/mat-khau">Đổi mật khẩu</a></p>
<h2 id="h-yeu-cau">Tạm dừng hoặc hủy tài khoản</h2>
<p>Yêu cầu được quản trị hệ thống xử lý; khi tài khoản bị tạm dừng, bạn không đăng nhập được cho tới khi được kích hoạt lại.</p>
<form class="form inline-actions" action="/tai-khoan/yeu-cau" method="post" aria-labelledby="h-yeu-cau">
<?cs call:csrf() ?>
<button type="submit" name="yeu_cau" value="suspend" class="secondary">Yêu cầu tạm dừng</button>
<button type="submit" name="yeu_cau" value="cancel" class="secondary">Yêu cầu hủy tài khoản</button>
</form>
<?cs /with ?>
<?cs call:layout_end() ?>
