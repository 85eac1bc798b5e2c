<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<nav class="crumbs" aria-label="Vị trí">
<a href="/">Trang chủ</a> › <a href="/ho-so">Tra cứu hồ sơ</a>
</nav>
<article class="dossier">
<h1>Hồ sơ <?cs var:D.code ?></h1>
<p class="meta"><span>Trạng thái: <strong><?cs var:D.status_name ?></strong></span>
<?cs if:D.timely == "ontime" ?><span>Đúng hạn</span><?cs elif:D.timely == "late" ?><span><strong>Quá hạn</strong></span><?cs /if ?></p>
<section aria-labelledby="h-tien-do"><h2 id="h-tien-do">Tiến độ</h2>
<ol class="steps">
<?cs each:s = Steps ?><li class="<?cs var:s.state ?>"<?cs if:s.state == "current" ?> aria-current="step"<?cs /if ?>><?cs var:s.name ?> – <?cs if:s.state == "done" ?>đã qua<?cs elif:s.state == "current" ?><strong><?cs if:D.stopped == 1 ?>hồ sơ dừng ở bước này (<?cs var:D.status_name ?>)<?cs else ?>bước hiện tại<?cs /if ?></strong><?cs else ?>chưa đến<?cs /if ?></li>
<?cs /each ?></ol>
</section>
<dl class="facts">
<dt>Thủ tục</dt><dd><a href="/thu-tuc/<?cs var:url_escape(D.proc_code) ?>"><?cs var:D.proc_name ?></a></dd>
<dt>Cơ quan tiếp nhận</dt><dd><?cs var:D.agency_name ?></dd>
<?cs if:Owner == 1 && D.department ?><dt>Bộ phận đang giữ hồ sơ</dt><dd><?cs var:D.department ?></dd><?cs /if ?>
<dt>Ngày nộp</dt><dd><?cs if:D.submitted ?><?cs var:D.submitted ?><?cs else ?>Chưa có<?cs /if ?></dd>
<dt>Ngày tiếp nhận</dt><dd><?cs if:D.received ?><?cs var:D.received ?><?cs else ?>Chưa tiếp nhận<?cs /if ?></dd>
<dt>Hạn trả kết quả</dt><dd><?cs if:D.due ?><?cs var:D.due ?><?cs else ?>Chưa có<?cs /if ?></dd>
<dt>Ngày hoàn thành</dt><dd><?cs if:D.finished ?><?cs var:D.finished ?><?cs else ?>Chưa hoàn thành<?cs /if ?></dd>
</dl>
<p class="n">Giờ Việt Nam (UTC+7).</p>
<?cs if:Owner == 1 ?>
<section aria-labelledby="h-viec-can-lam"><h2 id="h-viec-can-lam">Việc bạn có thể làm</h2>
<ul class="actions">
<li><a href="/nop-ho-so/bien-nhan/<?cs var:url_escape(D.code) ?>">Xem và in giấy tiếp nhận hồ sơ</a></li>
<?cs if:D.status == 5 ?><li><strong><a href="/nop-ho-so/<?cs var:url_escape(D.proc_code) ?>?bo-sung=<?cs var:url_escape(D.code) ?>">Bổ sung hồ sơ theo yêu cầu</a></strong></li><?cs /if ?>
<?cs if:D.withdraw_asked ?><li>Bạn đã đề nghị rút hồ sơ lúc <?cs var:D.withdraw_asked ?>; Bộ phận Một cửa đang xem xét.</li>
<?cs elif:D.status == 1 || D.status == 2 || D.status == 4 || D.status == 5 || D.status == 6 ?><li><a href="/nop-ho-so/rut/<?cs var:url_escape(D.code) ?>">Rút hồ sơ</a></li><?cs /if ?>
</ul>
</section>
<section aria-labelledby="h-qua-trinh"><h2 id="h-qua-trinh">Quá trình xử lý</h2>
<?cs if:subcount(History) > 0 ?>
<table class="stack">
<caption>Các bước đã thực hiện, cũ trước mới sau</caption>
<thead><tr><th scope="col">Thời gian</th><th scope="col">Trạng thái</th><th scope="col">Thao tác</th><th scope="col">Bộ phận</th><th scope="col">Ghi chú</th></tr></thead>
<tbody>
<?cs each:h = History ?><tr><th scope="row"><?cs var:h.at ?></th><td data-label="Trạng thái"><?cs if:h.from_name ?><?cs var:h.from_name ?> → <?cs /if ?><?cs var:h.to_name ?></td><td data-label="Thao tác"><?cs var:h.action_name ?></td><td data-label="Bộ phận"><?cs var:h.department ?></td><td data-label="Ghi chú" class="pre"><?cs var:h.note ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Chưa có bước xử lý nào.</p><?cs /if ?>
</section>
<section aria-labelledby="h-tep"><h2 id="h-tep">Tệp đã nộp và kết quả</h2>
<?cs if:subcount(Files) > 0 ?>
<table>
<caption>Tải về để xem; tệp được lưu nguyên như khi nộp</caption>
<thead><tr><th scope="col">Tên tệp</th><th scope="col">Loại</th><th scope="col">Dung lượng</th></tr></thead>
<tbody>
<?cs each:f = Files ?><tr><td><a href="/ho-so/<?cs var:url_escape(D.code) ?>/tep/<?cs var:f.id ?>" download><?cs var:f.name ?></a><?cs if:f.kind == "result" ?> <strong class="tag">Kết quả</strong><?cs /if ?></td><td><?cs var:f.mime ?></td><td><?cs var:f.size_text ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Không có tệp.</p><?cs /if ?>
</section>
<?cs else ?>
<p>Nếu bạn là người nộp hồ sơ này, hãy <?cs if:User.name ?>đăng nhập bằng tài khoản đã nộp<?cs else ?><a href="/tai-khoan/dang-nhap?tiep=<?cs var:url_escape(Page.Path) ?>">đăng nhập</a><?cs /if ?> để xem quá trình xử lý và các tệp đã nộp.</p>
<?cs /if ?>
</article>
<?cs call:layout_end() ?>
