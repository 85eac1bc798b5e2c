<?cs include:"layout.cs" ?><?cs call:layout_begin() ?>
<h1>Đăng ký tài khoản</h1>
<p>Một tài khoản dùng cho mọi dịch vụ công của tỉnh: nộp hồ sơ trực tuyến, theo dõi hồ sơ, gửi phản ánh và đánh giá. Sau khi đăng ký, bạn sẽ nhận thư điện tử để kích hoạt tài khoản trong vòng 7 ngày.</p>
<?cs call:errors_summary() ?>
<form class="form" action="/tai-khoan/dang-ky" method="post" novalidate>
<?cs call:csrf() ?>
<fieldset class="field<?cs if:Err.loai ?> invalid<?cs /if ?>">
<legend>Bạn đăng ký với tư cách</legend>
<label><input type="radio" name="loai" value="citizen"<?cs if:Form.loai == "citizen" ?> checked<?cs /if ?>> Công dân</label>
<label><input type="radio" name="loai" value="organisation"<?cs if:Form.loai == "organisation" ?> checked<?cs /if ?>> Tổ chức</label>
<label><input type="radio" name="loai" value="business"<?cs if:Form.loai == "business" ?> checked<?cs /if ?>> Doanh nghiệp</label>
<?cs if:Err.loai ?><p class="error"><?cs var:Err.loai ?></p><?cs /if ?>
</fieldset>
<?cs call:field("ho_ten", "Họ và tên (hoặc tên tổ chức, doanh nghiệp)", "text", Form.ho_ten, Err.ho_ten, "", "name") ?>
<?cs call:field("so_dinh_danh", "Số căn cước công dân (công dân) hoặc mã số thuế (tổ chức, doanh nghiệp)", "text", Form.so_dinh_danh, Err.so_dinh_danh, "Căn cước công dân: 12 chữ số. Mã số thuế: 10 hoặc 13 chữ số.", "off") ?>
<?cs call:field("email", "Thư điện tử (dùng để đăng nhập)", "email", Form.email, Err.email, "", "email") ?>
<?cs call:field("dien_thoai", "Số điện thoại", "tel", Form.dien_thoai, Err.dien_thoai, "", "tel") ?>
<?cs call:field("dia_chi", "Địa chỉ liên hệ (không bắt buộc)", "text", Form.dia_chi, Err.dia_chi, "", "street-address") ?>
<?cs if:Err.any ?><?cs set:pw_hint = "Vì an toàn, mật khẩu không được giữ lại sau khi gửi: vui lòng nhập lại. Ít nhất 8 ký tự, có cả chữ cái và chữ số." ?><?cs else ?><?cs set:pw_hint = "Ít nhất 8 ký tự, có cả chữ cái và chữ số." ?><?cs /if ?>
<?cs call:field("mat_khau", "Mật khẩu", "password", "", Err.mat_khau, pw_hint, "new-password") ?>
<?cs call:field("mat_khau_2", "Nhập lại mật khẩu", "password", "", Err.mat_khau_2, "", "new-password") ?>
<p><button type="submit">Đăng ký</button></p>
</form>
<p>Đã có tài khoản? <a href="/tai-khoan/dang-nhap">Đăng nhập</a>.</p>
<?cs call:layout_end() ?>
