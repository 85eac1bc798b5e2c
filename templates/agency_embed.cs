<?cs # The embeddable fragment: no layout, links open on the portal. ?><!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thủ tục hành chính – <?cs var:Agency.0.name ?></title>
<link rel="stylesheet" href="/css/site.css"></head>
<body class="embed"><main>
<h1>Thủ tục hành chính – <?cs var:Agency.0.name ?></h1>
<ul class="procs">
<?cs each:p = Results ?><li><a target="_top" href="<?cs var:Site.Url ?>/thu-tuc/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a></li>
<?cs /each ?></ul>
<?cs if:Paging.Pages > 1 ?><p><a target="_top" href="<?cs var:Site.Url ?>/co-quan/<?cs var:url_escape(Agency.0.code) ?>">Xem tất cả <?cs var:Total ?> thủ tục</a></p><?cs /if ?>
</main></body></html>
