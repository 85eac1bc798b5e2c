<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Cơ quan, đơn vị</h1>
<?cs call:admin_nav("agency") ?>
<?cs call:saved() ?>
<?cs if:Adm.system == 1 ?><p><a class="button" href="/quan-tri/co-quan/moi">Thêm cơ quan, đơn vị</a></p><?cs /if ?>
<table class="list tree stack">
<caption>Các cơ quan theo cấp trực thuộc; thư điện tử và điện thoại được công khai để người dân phản ánh, kiến nghị.</caption>
<thead><tr><th scope="col">Tên cơ quan</th><th scope="col">Mã QCVN 102</th><th scope="col">Cấp</th><th scope="col">Trực thuộc</th><th scope="col">Thư điện tử</th><th scope="col">Điện thoại</th></tr></thead>
<tbody>
<?cs each:a = Agencies ?><tr class="d<?cs var:a.depth ?>"><td data-label="Tên cơ quan"><a href="/quan-tri/co-quan/<?cs var:a.id ?>"><?cs var:a.name ?></a></td><td data-label="Mã QCVN 102"><?cs var:a.code ?></td><td data-label="Cấp"><?cs if:a.level == 1 ?>Tỉnh<?cs elif:a.level == 2 ?>Huyện<?cs elif:a.level == 3 ?>Xã<?cs else ?>Khác<?cs /if ?></td><td data-label="Trực thuộc"><?cs var:a.parent ?></td><td data-label="Thư điện tử"><?cs var:a.email ?></td><td data-label="Điện thoại"><?cs var:a.phone ?></td></tr>
<?cs /each ?></tbody>
</table>
<?cs call:layout_end() ?>
