<?cs include:"layout.cs" ?><?cs call:layout_begin() ?><?cs with:d = R.0 ?>
<p class="noprint"><a href="/ho-so/<?cs var:url_escape(d.code) ?>">Xem tình trạng hồ sơ</a> · In giấy này bằng lệnh In của trình duyệt (Ctrl+P).</p>
<article class="receipt" aria-labelledby="h-receipt">
<div class="receipt-head">
<div><p><strong><?cs var:d.agency ?></strong></p><p>Bộ phận tiếp nhận và trả kết quả</p></div>
<div><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><strong>Độc lập – Tự do – Hạnh phúc</strong></p><p><em><?cs var:d.place_date ?></em></p></div>
</div>
<h1 id="h-receipt">GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>
<p class="receipt-code">Mã hồ sơ: <strong><?cs var:d.code ?></strong></p>
<?cs if:d.qr ?><p class="qr"><img src="<?cs var:d.qr ?>" width="148" height="148" alt="Mã QR tra cứu hồ sơ <?cs var:d.code ?>"><br><span class="n">Quét mã để tra cứu: <?cs var:d.track_url ?></span></p><?cs /if ?>
<p>Bộ phận tiếp nhận và trả kết quả – <?cs var:d.agency ?><?cs if:d.agency_address ?>, <?cs var:d.agency_address ?><?cs /if ?> đã nhận hồ sơ nộp trực tuyến của:</p>
<dl class="facts">
<dt>Ông/Bà/Tổ chức</dt><dd><?cs var:d.name ?></dd>
<?cs if:d.idno ?><dt>Số định danh</dt><dd><?cs var:d.idno ?></dd><?cs /if ?>
<?cs if:d.home ?><dt>Địa chỉ</dt><dd><?cs var:d.home ?></dd><?cs /if ?>
<dt>Số điện thoại</dt><dd><?cs if:d.phone ?><?cs var:d.phone ?><?cs else ?>–<?cs /if ?></dd>
<dt>Thư điện tử</dt><dd><?cs var:d.email ?></dd>
<dt>Nội dung yêu cầu giải quyết</dt><dd><?cs var:d.proc_name ?> (mã thủ tục <?cs var:d.proc_code ?>)</dd>
</dl>
<h2>1. Thành phần hồ sơ nộp gồm</h2>
<?cs if:subcount(Parts) > 0 ?>
<table>
<thead><tr><th scope="col">STT</th><th scope="col">Tên giấy tờ</th><th scope="col">Bản chính</th><th scope="col">Bản sao</th><th scope="col">Số tệp</th></tr></thead>
<tbody>
<?cs each:p = Parts ?><tr><td><?cs var:name(p) + 1 ?></td><td><?cs var:p.name ?></td><td><?cs var:p.originals ?></td><td><?cs var:p.copies ?></td><td><?cs var:p.files ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?><p>Không có giấy tờ kèm theo.</p><?cs /if ?>
<h2>2. Số lượng hồ sơ: 01 bộ (điện tử)</h2>
<h2>3. Thời gian giải quyết theo quy định</h2><p><?cs if:d.processing ?><?cs var:d.processing ?><?cs else ?>Theo quy định của thủ tục.<?cs /if ?></p>
<h2>4. Thời gian nhận hồ sơ</h2><p><?cs var:d.submitted ?> (giờ Việt Nam)</p>
<h2>5. Thời gian hẹn trả kết quả</h2><p><?cs if:d.due ?><?cs var:d.due ?> (dự kiến; tính lại khi Bộ phận Một cửa tiếp nhận hồ sơ đầy đủ)<?cs else ?>Bộ phận Một cửa sẽ thông báo khi tiếp nhận hồ sơ.<?cs /if ?></p>
<h2>6. Nhận kết quả</h2><p><?cs var:d.delivery ?><?cs if:d.delivery_post && d.address ?>: <?cs var:d.address ?><?cs /if ?>. Nộp phí, lệ phí: <?cs var:d.payment ?>.</p>
<p>Trạng thái hiện tại: <strong><?cs var:d.status_name ?></strong>.</p>
<p class="n">Giấy này được tạo tự động khi hồ sơ được nộp trực tuyến; hồ sơ sẽ được Bộ phận Một cửa kiểm tra và tiếp nhận. Khi đến nhận kết quả, xin mang theo giấy này hoặc mã hồ sơ.</p>
<div class="receipt-sign"><div><p><strong>NGƯỜI NỘP HỒ SƠ</strong></p><p><?cs var:d.name ?></p></div><div><p><strong>NGƯỜI TIẾP NHẬN HỒ SƠ</strong></p><p>(Hệ thống tiếp nhận trực tuyến)</p></div></div>
</article>
<?cs /with ?><?cs call:layout_end() ?>
