<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Quản trị</h1>
<?cs call:admin_nav("home") ?>
<p>Xin chào <?cs var:User.name ?>. Bạn có thể:</p>
<ul class="dash">
<?cs if:Adm.manage == 1 ?>
<li><a href="/quan-tri/thu-tuc">Quản lý thủ tục hành chính</a>: tạo bản nháp, sửa, công bố, sửa đổi, bãi bỏ; thành phần hồ sơ và biểu mẫu điện tử.<?cs if:Dash.drafts > 0 ?> <strong><?cs var:Dash.drafts ?> bản nháp</strong> chưa công bố.<?cs /if ?></li>
<li><a href="/quan-tri/nguoi-dung">Quản lý cán bộ</a>: tạo tài khoản, cấp và thu hồi vai trò.</li>
<?cs elif:Adm.all == 1 ?>
<li><a href="/quan-tri/thu-tuc">Xem thủ tục hành chính</a> của mọi cơ quan, kể cả bản nháp.</li>
<li><a href="/quan-tri/nguoi-dung">Xem người dùng</a> và vai trò.</li>
<?cs /if ?>
<?cs if:Adm.all == 1 ?>
<li><a href="/quan-tri/co-quan"><?cs if:Adm.system == 1 ?>Quản lý<?cs else ?>Xem<?cs /if ?> cơ quan, đơn vị</a>: mã QCVN 102, địa chỉ, thư điện tử, điện thoại công khai để tiếp nhận phản ánh.</li>
<li><a href="/quan-tri/nhat-ky">Nhật ký hệ thống</a>: đăng nhập, từ chối truy cập, mọi thay đổi quản trị.</li>
<?cs /if ?>
<?cs if:Adm.system == 1 ?>
<li><a href="/quan-tri/nguoi-dung?cho_xu_ly=1">Yêu cầu tạm dừng, hủy tài khoản</a> đang chờ xử lý: <strong><?cs var:Dash.requests ?></strong>.</li>
<li><a href="/quan-tri/lich">Lịch làm việc</a>: ngày nghỉ lễ, Tết và ngày làm bù của từng năm, dùng để tính hạn giải quyết hồ sơ.</li>
<li><a href="/quan-tri/cai-dat">Cài đặt hệ thống</a>: thời hạn phiên đăng nhập, khóa đăng nhập sai.</li>
<?cs /if ?>
</ul>
<?cs if:Adm.agency == 1 ?>
<h2>Cơ quan bạn quản trị</h2>
<ul><?cs each:a = MyAgencies ?><li><a href="/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a> (<?cs var:a.code ?>)</li><?cs /each ?></ul>
<?cs /if ?>
<?cs if:Adm.manage != 1 ?><p class="hint">Tài khoản kiểm soát chỉ được xem, không thay đổi dữ liệu.</p><?cs /if ?>
<?cs call:layout_end() ?>
