-- Demo e-forms (tờ khai điện tử) of a few demo procedures, loaded by
-- ./dvc up after data/demo/procedures.jsonl (the national format has no
-- e-form: agencies define them on the admin pages, /quan-tri).  Fictional,
-- shaped like the paper forms.  Idempotent: INSERT IGNORE on
-- (procedure_id, seq) of the current version.

-- 9.000101 Đăng ký khai sinh
INSERT IGNORE INTO procedure_form_field
	(procedure_id, seq, name, label, type, required, max_len, options, help)
SELECT p.id, f.seq, f.name, f.label, f.type, f.required, f.max_len, f.options, f.help
FROM procedure_version p JOIN (
	SELECT 1 seq, 'ho_ten_tre' name, 'Họ, chữ đệm và tên của trẻ' label, 'text' type, 1 required, 100 max_len, '' options, 'Viết đầy đủ, có dấu, như sẽ ghi trên Giấy khai sinh.' help
	UNION ALL SELECT 2, 'ngay_sinh', 'Ngày, tháng, năm sinh', 'date', 1, 0, '', ''
	UNION ALL SELECT 3, 'gioi_tinh', 'Giới tính', 'select', 1, 0, 'Nam\nNữ', ''
	UNION ALL SELECT 4, 'noi_sinh', 'Nơi sinh', 'text', 1, 255, '', 'Tên cơ sở y tế, hoặc địa chỉ nơi sinh.'
	UNION ALL SELECT 5, 'ho_ten_me', 'Họ, chữ đệm và tên của mẹ', 'text', 1, 100, '', ''
	UNION ALL SELECT 6, 'ho_ten_cha', 'Họ, chữ đệm và tên của cha', 'text', 0, 100, '', 'Để trống nếu chưa xác định được cha.'
	UNION ALL SELECT 7, 'cccd_nguoi_di_dk', 'Số căn cước của người đi đăng ký', 'cccd', 1, 0, '', '12 chữ số.'
	UNION ALL SELECT 8, 'dien_thoai', 'Số điện thoại liên hệ', 'phone', 1, 0, '', ''
	UNION ALL SELECT 9, 'ghi_chu', 'Ghi chú', 'textarea', 0, 1000, '', ''
	UNION ALL SELECT 10, 'cam_doan', 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.', 'checkbox', 1, 0, '', ''
) f
WHERE p.code = '9.000101' AND p.is_current = 1;

-- The authorisation and the marriage certificate are conditional.
UPDATE procedure_component c JOIN procedure_version p ON p.id = c.procedure_id
SET c.required = 0
WHERE p.code = '9.000101' AND p.is_current = 1 AND c.seq IN (3, 5);

-- 9.000104 Cấp Giấy xác nhận tình trạng hôn nhân
INSERT IGNORE INTO procedure_form_field
	(procedure_id, seq, name, label, type, required, max_len, options, help)
SELECT p.id, f.seq, f.name, f.label, f.type, f.required, f.max_len, f.options, f.help
FROM procedure_version p JOIN (
	SELECT 1 seq, 'ho_ten' name, 'Họ, chữ đệm và tên người yêu cầu' label, 'text' type, 1 required, 100 max_len, '' options, '' help
	UNION ALL SELECT 2, 'cccd', 'Số căn cước', 'cccd', 1, 0, '', ''
	UNION ALL SELECT 3, 'tinh_trang', 'Tình trạng hôn nhân hiện tại', 'select', 1, 0, 'Chưa đăng ký kết hôn với ai\nĐã ly hôn\nNgười có vợ/chồng đã chết', ''
	UNION ALL SELECT 4, 'muc_dich', 'Mục đích sử dụng', 'text', 1, 255, '', 'Ví dụ: để đăng ký kết hôn.'
	UNION ALL SELECT 5, 'email', 'Thư điện tử nhận thông báo', 'email', 0, 0, '', ''
) f
WHERE p.code = '9.000104' AND p.is_current = 1;
