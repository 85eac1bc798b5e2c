<?cs include:"layout.cs" ?><?cs include:"admin_macros.cs" ?><?cs call:layout_begin() ?>
<h1>Tạo tài khoản cán bộ</h1>
<?cs call:admin_nav("user") ?>
<p>Tài khoản cán bộ được kích hoạt ngay. Hãy trao mật khẩu ban đầu cho người dùng qua kênh an toàn và đề nghị họ đổi mật khẩu khi đăng nhập lần đầu.</p>
<?cs call:errors_summary() ?>
<form class="form" action="/quan-tri/nguoi-dung/moi" method="post" novalidate>
<?cs call:csrf() ?>
<?cs call:field("ho_ten", "Họ và tên", "text", Form.ho_ten, Err.ho_ten, "", "off") ?>
<?cs call:field("email", "Thư điện tử công vụ", "email", Form.email, Err.email, "", "off") ?>
<?cs call:field("ten_dang_nhap", "Tên đăng nhập (không bắt buộc)", "text", Form.ten_dang_nhap, Err.ten_dang_nhap, "Để trống thì đăng nhập bằng thư điện tử. Chữ thường không dấu, chữ số, dấu chấm, gạch ngang.", "off") ?>
<?cs call:field("dien_thoai", "Số điện thoại (không bắt buộc)", "tel", Form.dien_thoai, Err.dien_thoai, "", "off") ?>
<?cs call:field("mat_khau", "Mật khẩu ban đầu", "password", "", Err.mat_khau, "Ít nhất 8 ký tự, có cả chữ cái và chữ số.", "new-password") ?>
<?cs call:field("mat_khau_2", "Nhập lại mật khẩu", "password", "", Err.mat_khau_2, "", "new-password") ?>
<fieldset class="field">
<legend>Vai trò ban đầu</legend>
<?cs call:role_fields() ?>
</fieldset>
<p><button type="submit">Tạo tài khoản</button></p>
</form>
<?cs call:layout_end() ?>
