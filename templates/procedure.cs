<?cs include:"layout.cs" ?><?cs call:layout_begin() ?><?cs with:p = Proc.0 ?>
<nav class="crumbs" aria-label="Vị trí">
<a href="/">Trang chủ</a> › <a href="/thu-tuc">Thủ tục hành chính</a><?cs if:p.field_slug ?> › <a href="/thu-tuc?linh-vuc=<?cs var:p.field_slug ?>"><?cs var:p.field_name ?></a><?cs /if ?>
</nav>
<article class="proc">
<h1><?cs var:p.name ?></h1>
<?cs if:p.status == "abolished" ?><p class="alert" role="note"><strong>Thủ tục này đã bị bãi bỏ.</strong> Không tiếp nhận hồ sơ mới; thông tin được giữ lại để tra cứu.</p><?cs /if ?>
<?cs if:p.is_current != 1 ?><p class="alert" role="note">Bạn đang xem phiên bản <?cs var:p.version ?>, không phải phiên bản đang áp dụng. <a href="/thu-tuc/<?cs var:url_escape(p.code) ?>">Xem phiên bản hiện hành</a>.</p><?cs /if ?>
<p class="meta"><span>Mã thủ tục: <strong><?cs var:p.code ?></strong></span>
<span>Phiên bản <?cs var:p.version ?><?cs if:p.updated ?>, cập nhật <?cs var:p.updated ?><?cs /if ?></span>
<span class="badge c<?cs var:p.online_class ?>">Mức độ <?cs var:p.online_level ?> · <?cs var:Proc.class_name ?></span></p>
<?cs if:Proc.can_submit == 1 ?><p><a class="button" href="/nop-ho-so/<?cs var:url_escape(p.code) ?>">Nộp hồ sơ trực tuyến</a></p><?cs elif:Proc.can_submit == "no_agency" ?><p class="notice">Thủ tục này có dịch vụ công trực tuyến, nhưng tỉnh chưa chỉ định cơ quan tiếp nhận hồ sơ trực tuyến: xin nộp trực tiếp hoặc qua bưu chính theo hướng dẫn dưới đây.</p><?cs /if ?>
<dl class="facts">
<dt>Lĩnh vực</dt><dd><?cs if:p.field_name ?><?cs var:p.field_name ?><?cs else ?>Chưa phân loại<?cs /if ?></dd>
<dt>Cấp thực hiện</dt><dd><?cs if:p.level ?><?cs var:p.level ?><?cs else ?>Không có thông tin<?cs /if ?></dd>
<dt>Cơ quan thực hiện</dt><dd><?cs if:subcount(ProcAgencies) > 0 ?><?cs each:a = ProcAgencies ?><a href="/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a><?cs if:!last(a) ?>; <?cs /if ?><?cs /each ?><?cs else ?><?cs if:p.agency ?><?cs var:p.agency ?><?cs else ?>Không có thông tin<?cs /if ?><?cs /if ?></dd>
<dt>Mức độ dịch vụ trực tuyến</dt><dd>Mức độ <?cs var:p.online_level ?> (Nghị định 43/2011/NĐ-CP) · <?cs var:Proc.class_name ?> (Nghị định 42/2022/NĐ-CP)</dd>
<dt>Thời hạn giải quyết</dt><dd><?cs if:p.processing ?><?cs var:p.processing ?><?cs else ?>Không có thông tin<?cs /if ?></dd>
<dt>Phí, lệ phí</dt><dd class="pre"><?cs if:p.fee ?><?cs var:p.fee ?><?cs else ?>Không có thông tin<?cs /if ?></dd>
<dt>Đối tượng thực hiện</dt><dd><?cs if:p.subjects ?><?cs var:p.subjects ?><?cs else ?>Không có thông tin<?cs /if ?></dd>
<?cs if:p.in_use_from ?><dt>Ngày áp dụng</dt><dd><?cs var:p.in_use_from ?></dd><?cs /if ?>
<?cs if:p.decision ?><dt>Quyết định công bố</dt><dd><?cs var:p.decision ?></dd><?cs /if ?>
</dl>
<section aria-labelledby="h-trinh-tu"><h2 id="h-trinh-tu">Trình tự thực hiện</h2>
<div class="pre"><?cs if:p.steps ?><?cs var:p.steps ?><?cs else ?>Không có thông tin<?cs /if ?></div></section>
<section aria-labelledby="h-cach-thuc"><h2 id="h-cach-thuc">Cách thức thực hiện</h2>
<?cs if:subcount(Channels) > 0 ?>
<table class="stack">
<caption>Hình thức nộp, thời hạn và phí theo từng cách</caption>
<thead><tr><th scope="col">Hình thức nộp</th><th scope="col">Thời hạn giải quyết</th><th scope="col">Phí, lệ phí</th><th scope="col">Mô tả</th></tr></thead>
<tbody>
<?cs each:c = Channels ?><tr><th scope="row"><?cs var:c.name ?></th><td data-label="Thời hạn giải quyết"><?cs var:c.time ?></td><td data-label="Phí, lệ phí"><?cs var:c.fee ?></td><td data-label="Mô tả"><?cs var:c.description ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><div class="pre"><?cs if:p.channels ?><?cs var:p.channels ?><?cs else ?>Không có thông tin<?cs /if ?></div><?cs /if ?>
</section>
<section aria-labelledby="h-thanh-phan"><h2 id="h-thanh-phan">Thành phần hồ sơ</h2>
<?cs if:subcount(Components) > 0 ?>
<table>
<caption>Giấy tờ phải nộp, số lượng và mẫu đơn</caption>
<thead><tr><th scope="col">Tên giấy tờ</th><th scope="col">Số lượng</th><th scope="col">Mẫu đơn, tờ khai</th></tr></thead>
<tbody>
<?cs each:c = Components ?><?cs if:c.group && c.group != prev_group ?><tr><th colspan="3" scope="rowgroup"><?cs var:c.group ?></th></tr><?cs /if ?><?cs set:prev_group = c.group ?>
<tr><td><?cs var:c.name ?></td><td><?cs if:c.originals > 0 ?><?cs var:c.originals ?> bản chính<?cs /if ?><?cs if:c.originals > 0 && c.copies > 0 ?>, <?cs /if ?><?cs if:c.copies > 0 ?><?cs var:c.copies ?> bản sao<?cs /if ?></td>
<td><?cs if:c.form_file ?><a href="/bieu-mau/<?cs var:url_escape(c.form_file) ?>" download>Tải mẫu<span class="vh">: <?cs var:c.form_name ?></span></a><?cs elif:c.form_name ?><?cs var:c.form_name ?><?cs /if ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Không có thông tin.</p><?cs /if ?>
</section>
<?cs if:subcount(Forms) > 0 ?>
<section aria-labelledby="h-bieu-mau"><h2 id="h-bieu-mau">Mẫu đơn, tờ khai</h2>
<ul><?cs each:f = Forms ?><li><?cs if:f.file ?><a href="/bieu-mau/<?cs var:url_escape(f.file) ?>" download><?cs var:f.name ?></a><?cs if:f.size > 0 ?> <span class="n">(<?cs var:f.mime ?>, <?cs var:f.size ?> byte)</span><?cs /if ?><?cs else ?><?cs var:f.name ?> <span class="n">(chưa có tệp mẫu)</span><?cs /if ?></li><?cs /each ?></ul>
</section><?cs /if ?>
<section aria-labelledby="h-yeu-cau"><h2 id="h-yeu-cau">Yêu cầu, điều kiện</h2>
<div class="pre"><?cs if:p.requirements ?><?cs var:p.requirements ?><?cs else ?>Không có<?cs /if ?></div></section>
<section aria-labelledby="h-ket-qua"><h2 id="h-ket-qua">Kết quả thực hiện</h2>
<div class="pre"><?cs if:p.result ?><?cs var:p.result ?><?cs else ?>Không có thông tin<?cs /if ?></div></section>
<section aria-labelledby="h-can-cu"><h2 id="h-can-cu">Căn cứ pháp lý</h2>
<div class="pre"><?cs if:p.legal ?><?cs var:p.legal ?><?cs else ?>Không có thông tin<?cs /if ?></div></section>
<?cs if:p.place ?><section aria-labelledby="h-dia-diem"><h2 id="h-dia-diem">Địa điểm, thời gian tiếp nhận</h2>
<div class="pre"><?cs var:p.place ?></div></section><?cs /if ?>
<?cs if:p.guide ?><section aria-labelledby="h-huong-dan"><h2 id="h-huong-dan">Hướng dẫn sử dụng dịch vụ trực tuyến</h2>
<div class="pre"><?cs var:p.guide ?></div></section><?cs /if ?>
<?cs if:subcount(Versions) > 1 ?><section aria-labelledby="h-phien-ban"><h2 id="h-phien-ban">Các phiên bản</h2>
<ul><?cs each:v = Versions ?><li><a href="/thu-tuc/<?cs var:url_escape(p.code) ?>?phien-ban=<?cs var:v.version ?>">Phiên bản <?cs var:v.version ?></a><?cs if:v.is_current == 1 ?> (đang áp dụng)<?cs /if ?><?cs if:v.in_use_from ?>, từ <?cs var:v.in_use_from ?><?cs /if ?></li><?cs /each ?></ul>
</section><?cs /if ?>
<p class="links"><a href="/thu-tuc/<?cs var:url_escape(p.code) ?>?format=json" type="application/json">Dữ liệu máy đọc (JSON)</a></p>
</article><?cs /with ?>
<?cs call:layout_end() ?>
