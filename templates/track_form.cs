<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Tra cứu hồ sơ</h1>
<p class="lead">Nhập mã hồ sơ ghi trên giấy tiếp nhận để xem hồ sơ đang ở bước nào. Người nộp hồ sơ đăng nhập sẽ xem được thêm quá trình xử lý và các tệp đã nộp.</p>
<form class="search" action="/ho-so" method="get" role="search">
<label for="ma">Mã hồ sơ</label>
<p class="hint" id="h-ma">Gồm chữ, số, dấu chấm và dấu gạch ngang, ví dụ 000.00.12.H29-250301-0001.</p>
<div class="row">
<input id="ma" name="ma" type="text" maxlength="48" required autocomplete="off" spellcheck="false" aria-describedby="h-ma" pattern="[0-9A-Za-z.\-]{1,48}">
<button type="submit">Tra cứu</button>
</div>
</form>
<?cs call:layout_end() ?>
