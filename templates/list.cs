<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Thủ tục hành chính</h1>
<form class="search filters" action="/thu-tuc" method="get" role="search">
<div class="field"><label for="q">Từ khóa</label>
<input id="q" name="q" type="search" maxlength="200" value="<?cs var:Form.q ?>"></div>
<div class="field"><label for="linh-vuc">Lĩnh vực</label>
<select id="linh-vuc" name="linh-vuc"><option value="">Tất cả lĩnh vực</option>
<?cs each:f = Fields ?><option value="<?cs var:f.slug ?>"<?cs if:f.slug == Form.linh_vuc ?> selected<?cs /if ?>><?cs var:f.name ?></option><?cs /each ?>
</select></div>
<div class="field"><label for="co-quan">Cơ quan</label>
<select id="co-quan" name="co-quan"><option value="">Tất cả cơ quan</option>
<?cs each:a = Agencies ?><?cs if:a.count > 0 ?><option value="<?cs var:a.code ?>"<?cs if:a.code == Form.co_quan ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /if ?><?cs /each ?>
</select></div>
<div class="field"><label for="cap">Cấp thực hiện</label>
<select id="cap" name="cap"><option value="">Tất cả các cấp</option>
<?cs each:l = Level ?><option value="<?cs var:l.slug ?>"<?cs if:l.slug == Form.cap ?> selected<?cs /if ?>><?cs var:l.name ?></option><?cs /each ?>
</select></div>
<div class="field"><label for="hinh-thuc">Dịch vụ trực tuyến</label>
<select id="hinh-thuc" name="hinh-thuc"><option value="">Tất cả</option>
<?cs each:c = Class ?><option value="<?cs var:c.slug ?>"<?cs if:c.slug == Form.hinh_thuc ?> selected<?cs /if ?>><?cs var:c.name ?></option><?cs /each ?>
</select></div>
<div class="field"><label for="trang-thai">Trạng thái</label>
<select id="trang-thai" name="trang-thai">
<option value="hieu-luc">Đang áp dụng</option>
<option value="bai-bo"<?cs if:Form.trang_thai == "bai-bo" ?> selected<?cs /if ?>>Đã bãi bỏ</option>
<option value="tat-ca"<?cs if:Form.trang_thai == "tat-ca" ?> selected<?cs /if ?>>Tất cả</option>
</select></div>
<div class="field"><button type="submit">Tìm kiếm</button></div>
</form>
<p class="count" role="status"><?cs if:Total > 0 ?>Tìm thấy <strong><?cs var:Total ?></strong> thủ tục<?cs if:Paging.Pages > 1 ?>, hiển thị <?cs var:Paging.First ?>–<?cs var:Paging.Last ?><?cs /if ?>.<?cs else ?>Không tìm thấy thủ tục nào phù hợp. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt điều kiện lọc.<?cs /if ?></p>
<?cs call:proc_list(Results) ?>
<?cs call:paging() ?>
<?cs call:layout_end() ?>
