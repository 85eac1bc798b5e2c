<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1><?cs var:Site.Name ?></h1>
<p class="lead">Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến, theo dõi kết quả và gửi phản ánh, kiến nghị.</p>
<?cs call:search_form() ?>
<div class="ways">
<section aria-labelledby="h-cap">
<h2 id="h-cap">Theo cấp thực hiện</h2>
<ul>
<?cs each:l = Level ?><?cs if:l.count > 0 ?><li><a href="/thu-tuc?cap=<?cs var:l.slug ?>"><?cs var:l.name ?></a> <span class="n">(<?cs var:l.count ?>)</span></li><?cs /if ?><?cs /each ?>
</ul>
</section>
<section aria-labelledby="h-muc-do">
<h2 id="h-muc-do">Theo mức độ dịch vụ trực tuyến</h2>
<ul>
<?cs each:c = Class ?><li><a href="/thu-tuc?hinh-thuc=<?cs var:c.slug ?>"><?cs var:c.name ?></a> <span class="n">(<?cs if:c.count ?><?cs var:c.count ?><?cs else ?>0<?cs /if ?>)</span></li><?cs /each ?>
</ul>
</section>
<section aria-labelledby="h-co-quan">
<h2 id="h-co-quan">Theo cơ quan</h2>
<ul class="cols">
<?cs each:a = Agencies ?><?cs if:a.count > 0 ?><li><a href="/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a> <span class="n">(<?cs var:a.count ?>)</span></li><?cs /if ?><?cs /each ?>
</ul>
</section>
</div>
<section aria-labelledby="h-linh-vuc">
<h2 id="h-linh-vuc">Theo lĩnh vực</h2>
<ul class="cols">
<?cs each:f = Fields ?><li><a href="/thu-tuc?linh-vuc=<?cs var:f.slug ?>"><?cs var:f.name ?></a> <span class="n">(<?cs var:f.count ?>)</span></li><?cs /each ?>
</ul>
</section>
<?cs call:layout_end() ?>
