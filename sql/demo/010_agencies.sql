-- Demo data: agencies of the FICTIONAL province "Tỉnh Minh Sơn".
--
-- Tỉnh Minh Sơn does not exist.  Its agencies, addresses, e-mail
-- addresses, telephone numbers and web sites are invented for the demo
-- and tests; the province suffix H99 is not assigned to any real province.
-- Codes follow the shape of QCVN 102 agency codes:
--   000.00.00.H99      UBND tỉnh (level 1)
--   000.00.NN.H99      provincial departments and units (level 1)
--   000.11.NN.H99      units under Sở Nông nghiệp và Môi trường (000.00.11)
--   000.21.NN.H99      communes and wards (level 3); since 1 July 2025
--                      there are no districts, so communes hang directly
--                      under the province.
-- Loaded once into an empty catalogue after sql/migrations/001_catalogue.sql.
-- Procedures in data/demo/procedures.jsonl refer to these codes (ma_co_quan).

SET NAMES utf8mb4;

-- Level 1: the province.
INSERT INTO agency (code, name, parent_id, level, address, email, phone, website, hours) VALUES
('000.00.00.H99', 'UBND tỉnh Minh Sơn', NULL, 1,
 'Số 1 đường Hùng Vương, phường Minh Khai, tỉnh Minh Sơn',
 'ubnd@minhson.gov.vn', '0299 3810 001', 'https://minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu');
SET @ubnd = LAST_INSERT_ID();

-- Provincial departments and units.
INSERT INTO agency (code, name, parent_id, level, address, email, phone, website, hours) VALUES
('000.00.01.H99', 'Văn phòng UBND tỉnh Minh Sơn', @ubnd, 1,
 'Số 1 đường Hùng Vương, phường Minh Khai, tỉnh Minh Sơn',
 'vanphong@minhson.gov.vn', '0299 3810 002', 'https://vpubnd.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.02.H99', 'Trung tâm Phục vụ hành chính công tỉnh Minh Sơn', @ubnd, 1,
 'Số 8 đường Thanh Niên, phường Minh Khai, tỉnh Minh Sơn',
 'hanhchinhcong@minhson.gov.vn', '0299 3822 022', 'https://dichvucong.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu; sáng thứ Bảy 7:30–11:30'),
('000.00.05.H99', 'Sở Nội vụ tỉnh Minh Sơn', @ubnd, 1,
 'Số 12 đường Lê Lai, phường Minh Khai, tỉnh Minh Sơn',
 'sonoivu@minhson.gov.vn', '0299 3815 105', 'https://sonoivu.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.06.H99', 'Sở Tài chính tỉnh Minh Sơn', @ubnd, 1,
 'Số 20 đường Lê Lai, phường Minh Khai, tỉnh Minh Sơn',
 'sotaichinh@minhson.gov.vn', '0299 3815 206', 'https://sotaichinh.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.08.H99', 'Sở Tư pháp tỉnh Minh Sơn', @ubnd, 1,
 'Số 5 đường Bạch Đằng, phường Sơn Thủy, tỉnh Minh Sơn',
 'sotuphap@minhson.gov.vn', '0299 3816 308', 'https://sotuphap.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.10.H99', 'Sở Công Thương tỉnh Minh Sơn', @ubnd, 1,
 'Số 27 đường Trần Phú, phường Minh Khai, tỉnh Minh Sơn',
 'socongthuong@minhson.gov.vn', '0299 3817 410', 'https://socongthuong.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.11.H99', 'Sở Nông nghiệp và Môi trường tỉnh Minh Sơn', @ubnd, 1,
 'Số 44 đường Nguyễn Trãi, phường Sơn Thủy, tỉnh Minh Sơn',
 'sonnmt@minhson.gov.vn', '0299 3818 511', 'https://sonnmt.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.12.H99', 'Sở Xây dựng tỉnh Minh Sơn', @ubnd, 1,
 'Số 3 đường Trần Phú, phường Minh Khai, tỉnh Minh Sơn',
 'soxaydung@minhson.gov.vn', '0299 3819 612', 'https://soxaydung.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.14.H99', 'Sở Giáo dục và Đào tạo tỉnh Minh Sơn', @ubnd, 1,
 'Số 15 đường Lý Thường Kiệt, phường Sơn Thủy, tỉnh Minh Sơn',
 'sogddt@minhson.gov.vn', '0299 3820 714', 'https://sogddt.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.15.H99', 'Sở Y tế tỉnh Minh Sơn', @ubnd, 1,
 'Số 60 đường Nguyễn Trãi, phường Sơn Thủy, tỉnh Minh Sơn',
 'soyte@minhson.gov.vn', '0299 3821 815', 'https://soyte.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.16.H99', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Minh Sơn', @ubnd, 1,
 'Số 9 đường Hai Bà Trưng, phường Minh Khai, tỉnh Minh Sơn',
 'sovhttdl@minhson.gov.vn', '0299 3823 916', 'https://sovhttdl.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.00.18.H99', 'Công an tỉnh Minh Sơn', @ubnd, 1,
 'Số 2 đường Bến Ngự, phường Sơn Thủy, tỉnh Minh Sơn',
 'congan@minhson.gov.vn', '0299 3824 018', 'https://congan.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu');

-- A unit under Sở Nông nghiệp và Môi trường (land registration).
SET @snnmt = (SELECT id FROM agency WHERE code = '000.00.11.H99');
INSERT INTO agency (code, name, parent_id, level, address, email, phone, website, hours) VALUES
('000.11.01.H99', 'Văn phòng Đăng ký đất đai tỉnh Minh Sơn', @snnmt, 1,
 'Số 46 đường Nguyễn Trãi, phường Sơn Thủy, tỉnh Minh Sơn',
 'vpdkdd@minhson.gov.vn', '0299 3818 560', 'https://sonnmt.minhson.gov.vn/vpdkdd',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu');

-- Level 3: communes and wards, directly under the province.
INSERT INTO agency (code, name, parent_id, level, address, email, phone, website, hours) VALUES
('000.21.01.H99', 'UBND phường Minh Khai', @ubnd, 3,
 'Số 35 đường Hai Bà Trưng, phường Minh Khai, tỉnh Minh Sơn',
 'minhkhai@minhson.gov.vn', '0299 3831 101', 'https://minhkhai.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.21.02.H99', 'UBND phường Sơn Thủy', @ubnd, 3,
 'Số 88 đường Bạch Đằng, phường Sơn Thủy, tỉnh Minh Sơn',
 'sonthuy@minhson.gov.vn', '0299 3832 202', 'https://sonthuy.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.21.03.H99', 'UBND xã An Hòa', @ubnd, 3,
 'Thôn Đông, xã An Hòa, tỉnh Minh Sơn',
 'anhoa@minhson.gov.vn', '0299 3841 303', 'https://anhoa.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.21.04.H99', 'UBND xã Tân Phú', @ubnd, 3,
 'Số 7 đường Tỉnh lộ 9, xã Tân Phú, tỉnh Minh Sơn',
 'tanphu@minhson.gov.vn', '0299 3842 404', 'https://tanphu.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.21.05.H99', 'UBND xã Đồng Tâm', @ubnd, 3,
 'Thôn Trung, xã Đồng Tâm, tỉnh Minh Sơn',
 'dongtam@minhson.gov.vn', '0299 3843 505', 'https://dongtam.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu'),
('000.21.06.H99', 'UBND xã Phú Lộc', @ubnd, 3,
 'Bản Nà Lầu, xã Phú Lộc, tỉnh Minh Sơn',
 'phuloc@minhson.gov.vn', '0299 3844 606', 'https://phuloc.minhson.gov.vn',
 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu');
