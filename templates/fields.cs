<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Lĩnh vực</h1>
<ul class="cols">
<?cs each:f = Fields ?><li><a href="/thu-tuc?linh-vuc=<?cs var:f.slug ?>"><?cs var:f.name ?></a> <span class="n">(<?cs var:f.count ?>)</span></li><?cs /each ?>
</ul>
<?cs call:layout_end() ?>
