<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Cơ quan giải quyết thủ tục</h1>
<section aria-labelledby="h-tinh"><h2 id="h-tinh">Cấp tỉnh</h2>
<ul class="cols">
<?cs each:a = Agencies ?><?cs if:a.level == 1 ?><li><a href="/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a> <span class="n">(<?cs var:a.count ?> thủ tục)</span></li><?cs /if ?><?cs /each ?>
</ul></section>
<section aria-labelledby="h-xa"><h2 id="h-xa">Cấp xã</h2>
<ul class="cols">
<?cs each:a = Agencies ?><?cs if:a.level > 1 ?><li><a href="/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a> <span class="n">(<?cs var:a.count ?> thủ tục)</span></li><?cs /if ?><?cs /each ?>
</ul></section>
<?cs call:layout_end() ?>
