<?cs # Pieces shared by the admin pages (/quan-tri), included after
     layout.cs.  Data only through var: (escaped). ?><?cs
def:admin_nav(here) ?>
<nav class="admin" aria-label="Quản trị">
<ul>
<li><a href="/quan-tri"<?cs if:here == "home" ?> aria-current="page"<?cs /if ?>>Tổng quan</a></li>
<li><a href="/quan-tri/thu-tuc"<?cs if:here == "proc" ?> aria-current="page"<?cs /if ?>>Thủ tục</a></li>
<li><a href="/quan-tri/nguoi-dung"<?cs if:here == "user" ?> aria-current="page"<?cs /if ?>>Người dùng</a></li>
<?cs if:Adm.all == 1 ?><li><a href="/quan-tri/co-quan"<?cs if:here == "agency" ?> aria-current="page"<?cs /if ?>>Cơ quan</a></li>
<li><a href="/quan-tri/nhat-ky"<?cs if:here == "audit" ?> aria-current="page"<?cs /if ?>>Nhật ký</a></li><?cs /if ?>
<?cs if:Adm.system == 1 ?><li><a href="/quan-tri/lich"<?cs if:here == "calendar" ?> aria-current="page"<?cs /if ?>>Lịch làm việc</a></li>
<li><a href="/quan-tri/cai-dat"<?cs if:here == "setting" ?> aria-current="page"<?cs /if ?>>Cài đặt</a></li><?cs /if ?>
</ul>
</nav>
<?cs /def ?><?cs
def:saved() ?><?cs if:Saved ?><p class="ok" role="status"><?cs
if:Saved == "agency" ?>Đã lưu thông tin cơ quan.<?cs
elif:Saved == "user" ?>Đã tạo tài khoản.<?cs
elif:Saved == "grant" ?>Đã cấp vai trò.<?cs
elif:Saved == "revoke" ?>Đã thu hồi vai trò.<?cs
elif:Saved == "suspend" ?>Đã tạm dừng tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.<?cs
elif:Saved == "reactivate" ?>Đã kích hoạt lại tài khoản.<?cs
elif:Saved == "cancel" ?>Đã hủy tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.<?cs
elif:Saved == "setting" ?>Đã lưu cài đặt; thay đổi có hiệu lực ngay.<?cs
elif:Saved == "proc" ?>Đã lưu bản nháp.<?cs
elif:Saved == "publish" ?>Đã công bố; trang công khai hiển thị phiên bản này ngay.<?cs
elif:Saved == "amend" ?>Đã tạo bản nháp sửa đổi; phiên bản đang áp dụng không đổi cho tới khi bản nháp được công bố.<?cs
elif:Saved == "abolish" ?>Đã bãi bỏ thủ tục; không tiếp nhận hồ sơ mới.<?cs
elif:Saved == "component" ?>Đã lưu thành phần hồ sơ.<?cs
elif:Saved == "field" ?>Đã lưu biểu mẫu điện tử.<?cs
/if ?></p><?cs /if ?><?cs /def ?><?cs
def:area(name, label, value, err, hint, rows) ?>
<div class="field<?cs if:err ?> invalid<?cs /if ?>">
<label for="f-<?cs var:name ?>"><?cs var:label ?></label>
<?cs if:hint ?><p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?>
<textarea id="f-<?cs var:name ?>" name="<?cs var:name ?>" rows="<?cs var:rows ?>"<?cs if:err || hint ?> aria-describedby="<?cs if:err ?>e-<?cs var:name ?> <?cs /if ?><?cs if:hint ?>h-<?cs var:name ?><?cs /if ?>"<?cs /if ?><?cs if:err ?> aria-invalid="true"<?cs /if ?>><?cs var:value ?></textarea>
<?cs if:err ?><p class="error" id="e-<?cs var:name ?>"><?cs var:err ?></p><?cs /if ?>
</div>
<?cs /def ?><?cs
def:check(name, label, value, err) ?>
<div class="field check<?cs if:err ?> invalid<?cs /if ?>">
<label><input type="checkbox" name="<?cs var:name ?>" value="1"<?cs if:value == 1 ?> checked<?cs /if ?><?cs if:err ?> aria-describedby="e-<?cs var:name ?>" aria-invalid="true"<?cs /if ?>> <?cs var:label ?></label>
<?cs if:err ?><p class="error" id="e-<?cs var:name ?>"><?cs var:err ?></p><?cs /if ?>
</div>
<?cs /def ?><?cs
def:role_name(role) ?><?cs
if:role == "clerk" ?>Một cửa (tiếp nhận và trả kết quả)<?cs
elif:role == "specialist" ?>Chuyên viên xử lý<?cs
elif:role == "leader" ?>Lãnh đạo<?cs
elif:role == "records" ?>Văn thư<?cs
elif:role == "agency_admin" ?>Quản trị cơ quan<?cs
elif:role == "system_admin" ?>Quản trị hệ thống<?cs
elif:role == "controller" ?>Kiểm soát<?cs
else ?><?cs var:role ?><?cs /if ?><?cs /def ?><?cs
def:acc_status(s) ?><?cs
if:s == "active" ?>Đang hoạt động<?cs
elif:s == "suspended" ?>Tạm dừng<?cs
elif:s == "cancelled" ?>Đã hủy<?cs
elif:s == "unverified" ?>Chưa xác thực<?cs
else ?><?cs var:s ?><?cs /if ?><?cs /def ?><?cs
def:acc_request(q) ?><?cs
if:q == "suspend" ?>Yêu cầu tạm dừng<?cs
elif:q == "cancel" ?>Yêu cầu hủy<?cs
elif:q == "reactivate" ?>Yêu cầu kích hoạt lại<?cs
/if ?><?cs /def ?><?cs
def:proc_status(s, cur) ?><?cs
if:s == "draft" ?>Bản nháp<?cs
elif:s == "published" && cur == 1 ?>Đang áp dụng<?cs
elif:s == "published" ?>Đã được thay thế<?cs
elif:s == "abolished" ?>Đã bãi bỏ<?cs
else ?><?cs var:s ?><?cs /if ?><?cs /def ?>
<?cs
def:role_option(v) ?><option value="<?cs var:v ?>"<?cs if:Form.vai_tro == v ?> selected<?cs /if ?>><?cs call:role_name(v) ?></option>
<?cs /def ?><?cs
def:role_fields() ?>
<div class="field<?cs if:Err.vai_tro ?> invalid<?cs /if ?>">
<label for="f-vai_tro">Vai trò</label>
<select id="f-vai_tro" name="vai_tro"<?cs if:Err.vai_tro ?> aria-describedby="e-vai_tro" aria-invalid="true"<?cs /if ?>>
<?cs if:Adm.system == 1 ?><option value="">(Chưa cấp vai trò)</option><?cs /if ?>
<?cs call:role_option("clerk") ?><?cs call:role_option("specialist") ?><?cs call:role_option("leader") ?><?cs call:role_option("records") ?>
<?cs if:Adm.system == 1 ?><?cs call:role_option("agency_admin") ?><?cs call:role_option("system_admin") ?><?cs call:role_option("controller") ?><?cs /if ?>
</select>
<?cs if:Err.vai_tro ?><p class="error" id="e-vai_tro"><?cs var:Err.vai_tro ?></p><?cs /if ?>
</div>
<div class="field<?cs if:Err.co_quan ?> invalid<?cs /if ?>">
<label for="f-co_quan">Tại cơ quan</label>
<?cs if:Adm.system == 1 ?><p class="hint" id="h-co_quan">Quản trị hệ thống và kiểm soát không gắn với cơ quan nào.</p><?cs /if ?>
<select id="f-co_quan" name="co_quan"<?cs if:Err.co_quan || Adm.system == 1 ?> aria-describedby="<?cs if:Err.co_quan ?>e-co_quan <?cs /if ?><?cs if:Adm.system == 1 ?>h-co_quan<?cs /if ?>"<?cs /if ?><?cs if:Err.co_quan ?> aria-invalid="true"<?cs /if ?>>
<?cs if:Adm.system == 1 ?><option value="">(Không gắn cơ quan)</option><?cs /if ?>
<?cs each:a = MyAgencies ?><option value="<?cs var:a.id ?>"<?cs if:Form.co_quan == a.id ?> selected<?cs /if ?>><?cs var:a.code ?> – <?cs var:a.name ?></option>
<?cs /each ?></select>
<?cs if:Err.co_quan ?><p class="error" id="e-co_quan"><?cs var:Err.co_quan ?></p><?cs /if ?>
</div>
<?cs /def ?>
