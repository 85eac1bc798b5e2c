<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1><?cs if:Cal.year ?>Lịch làm việc năm <?cs var:Cal.year ?><?cs else ?>Lịch làm việc<?cs /if ?></h1>
<?cs call:admin_nav("calendar") ?>
<?cs if:Saved == "calendar" ?><p class="ok" role="status">Đã lưu ngày trong lịch; hạn giải quyết hồ sơ tính theo lịch mới ngay.</p><?cs
elif:Saved == "calendar_delete" ?><p class="ok" role="status">Đã xóa ngày khỏi lịch; ngày đó theo lịch tuần (thứ Bảy, Chủ nhật nghỉ).</p><?cs
elif:Saved == "calendar_fill" ?><p class="ok" role="status">Đã điền ngày nghỉ mặc định. Hãy đối chiếu với thông báo nghỉ lễ, Tết của Chính phủ năm <?cs var:Cal.year ?> và sửa nếu cần.</p><?cs /if ?>
<p>Ngày nghỉ lễ, Tết và ngày làm bù dùng để tính hạn giải quyết hồ sơ theo ngày làm việc. Ngày không có trong bảng theo lịch tuần: thứ Bảy và Chủ nhật nghỉ. Mọi thay đổi được ghi vào nhật ký.</p>
<?cs call:errors_summary() ?>
<form class="filters" action="/quan-tri/lich" method="get">
<div class="field<?cs if:Err.nam ?> invalid<?cs /if ?>">
<label for="f-nam">Năm</label>
<input id="f-nam" name="nam" type="text" inputmode="numeric" maxlength="16" value="<?cs if:Err.nam ?><?cs var:Form.nam ?><?cs else ?><?cs var:Cal.year ?><?cs /if ?>" aria-describedby="<?cs if:Err.nam ?>e-nam <?cs /if ?>h-nam"<?cs if:Err.nam ?> aria-invalid="true"<?cs /if ?>>
<?cs if:Err.nam ?><p class="error" id="e-nam"><?cs var:Err.nam ?></p><?cs /if ?>
<p class="hint" id="h-nam">Từ 1901 đến 2099.</p>
</div>
<button type="submit">Xem lịch năm</button>
</form>
<nav aria-label="Chọn năm">
<p class="inline-actions"><?cs if:Cal.prev ?><a rel="prev" href="/quan-tri/lich?nam=<?cs var:Cal.prev ?>">‹ Năm <?cs var:Cal.prev ?></a><?cs /if ?>
<?cs if:Cal.next ?><a rel="next" href="/quan-tri/lich?nam=<?cs var:Cal.next ?>">Năm <?cs var:Cal.next ?> ›</a><?cs /if ?></p>
<?cs if:subcount(Years) > 0 ?><p>Các năm đã có lịch: <?cs each:y = Years ?><?cs if:!first(y) ?>, <?cs /if ?><?cs if:y.year == Cal.year ?><strong aria-current="page"><?cs var:y.year ?></strong><?cs else ?><a href="/quan-tri/lich?nam=<?cs var:y.year ?>"><?cs var:y.year ?></a><?cs /if ?> (<?cs var:y.count ?> ngày)<?cs /each ?>.</p><?cs /if ?>
</nav>
<?cs if:Cal.year ?>
<?cs if:subcount(Days) > 0 ?>
<table class="list stack calendar">
<caption>Ngày nghỉ và ngày làm bù năm <?cs var:Cal.year ?>: <?cs var:subcount(Days) ?> ngày</caption>
<thead><tr><th scope="col">Ngày</th><th scope="col">Thứ</th><th scope="col">Âm lịch</th><th scope="col">Loại</th><th scope="col">Tên</th><th scope="col"><span class="vh">Thao tác</span></th></tr></thead>
<tbody>
<?cs each:d = Days ?><tr><td data-label="Ngày"><time datetime="<?cs var:d.day ?>"><?cs var:d.shown ?></time></td><td data-label="Thứ"><?cs var:d.weekday ?></td><td data-label="Âm lịch"><?cs var:d.lunar ?></td><td data-label="Loại"><?cs if:d.kind == "workday" ?>Ngày làm bù<?cs else ?>Ngày nghỉ<?cs /if ?></td><td data-label="Tên"><?cs var:d.name ?></td><td><a href="/quan-tri/lich?nam=<?cs var:Cal.year ?>&amp;ngay=<?cs var:d.day ?>#sua-ngay">Sửa<span class="vh"> ngày <?cs var:d.shown ?></span></a>
<form class="inline" action="/quan-tri/lich" method="post"><?cs call:csrf() ?><input type="hidden" name="nam" value="<?cs var:Cal.year ?>"><input type="hidden" name="ngay" value="<?cs var:d.day ?>"><input type="hidden" name="xoa" value="1"><button type="submit" class="secondary">Xóa<span class="vh"> ngày <?cs var:d.shown ?></span></button></form></td></tr>
<?cs /each ?></tbody>
</table>
<?cs else ?>
<div class="alert" role="status">
<p>Năm <?cs var:Cal.year ?> chưa được duyệt: cho tới khi bảng của năm có ngày nào, hạn giải quyết hồ sơ được tính với các ngày nghỉ mặc định dưới đây (theo lịch âm), chưa có ngày làm bù.</p>
<p class="hint" id="h-mac-dinh">Ngày nghỉ mặc định theo Bộ luật Lao động 2019 (Điều 112): Tết Dương lịch; Tết Nguyên đán (5 ngày, theo lịch âm); Giỗ Tổ Hùng Vương (10/3 âm lịch); 30/4; 1/5; Quốc khánh 2/9 và một ngày liền kề; ngày nghỉ bù khi ngày lễ trùng thứ Bảy, Chủ nhật. Sau khi điền, hãy đối chiếu với thông báo của Chính phủ năm đó và sửa.</p>
<form class="inline-actions" action="/quan-tri/lich/mac-dinh" method="post"><?cs call:csrf() ?><input type="hidden" name="nam" value="<?cs var:Cal.year ?>"><button type="submit" aria-describedby="h-mac-dinh">Điền ngày nghỉ mặc định</button></form>
</div>
<?cs /if ?>
<h2 id="sua-ngay"><?cs if:Cal.editing ?>Sửa một ngày<?cs else ?>Thêm hoặc sửa một ngày<?cs /if ?></h2>
<form class="form" action="/quan-tri/lich" method="post" novalidate aria-labelledby="sua-ngay">
<?cs call:csrf() ?>
<input type="hidden" name="nam" value="<?cs var:Cal.year ?>">
<?cs call:field("ngay", "Ngày", "text", Form.ngay, Err.ngay, "Dạng ngày/tháng/năm, ví dụ 30/04/2030, hoặc 2030-04-30. Nếu ngày đã có trong lịch, loại và tên của nó được thay.", "off") ?>
<div class="field<?cs if:Err.loai_ngay ?> invalid<?cs /if ?>">
<label for="f-loai_ngay">Loại ngày</label>
<select id="f-loai_ngay" name="loai_ngay"<?cs if:Err.loai_ngay ?> aria-describedby="e-loai_ngay" aria-invalid="true"<?cs /if ?>>
<option value="holiday"<?cs if:Form.loai_ngay == "holiday" ?> selected<?cs /if ?>>Ngày nghỉ (lễ, Tết, nghỉ bù)</option>
<option value="workday"<?cs if:Form.loai_ngay == "workday" ?> selected<?cs /if ?>>Ngày làm bù (thứ Bảy, Chủ nhật đi làm)</option>
</select>
<?cs if:Err.loai_ngay ?><p class="error" id="e-loai_ngay"><?cs var:Err.loai_ngay ?></p><?cs /if ?>
</div>
<?cs call:field("ten", "Tên ngày", "text", Form.ten, Err.ten, "Ví dụ: Tết Nguyên đán; Làm bù ngày 2/5. Tối đa 255 ký tự.", "off") ?>
<p><button type="submit">Lưu ngày</button></p>
</form>
<?cs /if ?>
<?cs call:layout_end() ?>
