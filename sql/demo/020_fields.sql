-- Demo data: fields (lĩnh vực) of the procedure catalogue, grouped by
-- sector (ngành) as the ministries are organised since 2025.
--
-- slug is text_slug(name): decomposed, marks stripped, đ → d, lower case,
-- every run of other characters → '-', no '-' at either end.  The importer
-- upserts fields by that slug when it reads linh_vuc, so the names here
-- must be exactly the linh_vuc names used in data/demo/procedures.jsonl.
-- Loaded once into an empty catalogue after sql/migrations/001_catalogue.sql.

SET NAMES utf8mb4;

INSERT INTO field (slug, name, sector) VALUES
('ho-tich',            'Hộ tịch',              'Tư pháp'),
('chung-thuc',         'Chứng thực',           'Tư pháp'),
('ly-lich-tu-phap',    'Lý lịch tư pháp',      'Tư pháp'),
('hoa-giai-o-co-so',   'Hòa giải ở cơ sở',     'Tư pháp'),
('dat-dai',            'Đất đai',              'Nông nghiệp và Môi trường'),
('moi-truong',         'Môi trường',           'Nông nghiệp và Môi trường'),
('xay-dung',           'Xây dựng',             'Xây dựng'),
('giao-thong-van-tai', 'Giao thông vận tải',   'Xây dựng'),
('dang-ky-kinh-doanh', 'Đăng ký kinh doanh',   'Tài chính'),
('y-te',               'Y tế',                 'Y tế'),
('bao-tro-xa-hoi',     'Bảo trợ xã hội',       'Y tế'),
('giao-duc',           'Giáo dục',             'Giáo dục và Đào tạo'),
('lao-dong-viec-lam',  'Lao động – Việc làm',  'Nội vụ'),
('nguoi-co-cong',      'Người có công',        'Nội vụ'),
('van-hoa',            'Văn hóa',              'Văn hóa, Thể thao và Du lịch'),
('thuong-mai',         'Thương mại',           'Công Thương');
