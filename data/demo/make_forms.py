#!/usr/bin/env python3
"""Write the demo form templates in htdocs/bieu-mau/.

Reads data/demo/procedures.jsonl and writes one file for every distinct
bieu_mau entry ("tep"):

  *.pdf  a single A4 page, PDF 1.4: title, addressee, labelled blank lines
         and a signature block.  The page text uses the standard Helvetica
         font, which has no Vietnamese letters, so it is written without
         diacritics; the document title (Info /Title) keeps the full
         Vietnamese name (UTF-16BE).
  *.odt  the same form as an OpenDocument text with full Vietnamese text,
         for people who want to fill it in on a computer.

These are illustrations for the fictional province "Tỉnh Minh Sơn", not
official forms.  Standard library only; the output is deterministic.

    python3 data/demo/make_forms.py
"""

import json
import os
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SRC = os.path.join(HERE, "procedures.jsonl")
DEST = os.path.join(ROOT, "htdocs", "bieu-mau")
MAX_SIZE = 4096

PORTAL = "Cổng Dịch vụ công tỉnh Minh Sơn"
NOTE = ("Biểu mẫu minh họa của " + PORTAL + " (dữ liệu mẫu), không có giá trị "
        "pháp lý.")

# Addressee, the labelled lines, and whether the signer is a person or an
# organisation, by file name without extension.
NGUOI, TO_CHUC = "person", "organisation"
FORMS = {
    "to-khai-dang-ky-khai-sinh": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên người yêu cầu", "Số định danh cá nhân",
        "Nơi cư trú", "Quan hệ với người được khai sinh",
        "Họ, chữ đệm, tên người được khai sinh", "Ngày, tháng, năm sinh",
        "Giới tính", "Dân tộc", "Quốc tịch", "Nơi sinh", "Quê quán",
        "Họ, chữ đệm, tên người mẹ", "Họ, chữ đệm, tên người cha"]),
    "to-khai-dang-ky-khai-tu": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên người yêu cầu", "Số định danh cá nhân",
        "Quan hệ với người đã chết", "Họ, chữ đệm, tên người đã chết",
        "Ngày, tháng, năm sinh", "Số định danh cá nhân của người đã chết",
        "Nơi cư trú cuối cùng", "Thời điểm chết (giờ, ngày, tháng, năm)",
        "Nơi chết", "Nguyên nhân chết", "Số Giấy báo tử, nơi cấp"]),
    "to-khai-dang-ky-ket-hon": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên bên nữ", "Ngày, tháng, năm sinh bên nữ",
        "Số định danh cá nhân bên nữ", "Nơi cư trú bên nữ",
        "Họ, chữ đệm, tên bên nam", "Ngày, tháng, năm sinh bên nam",
        "Số định danh cá nhân bên nam", "Nơi cư trú bên nam",
        "Kết hôn lần thứ (bên nữ / bên nam)"]),
    "to-khai-xac-nhan-tinh-trang-hon-nhan": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên người yêu cầu", "Quan hệ với người được cấp",
        "Họ, chữ đệm, tên người được cấp", "Ngày, tháng, năm sinh",
        "Số định danh cá nhân", "Nơi cư trú", "Thời gian cư trú tại nơi này",
        "Tình trạng hôn nhân", "Mục đích sử dụng Giấy xác nhận"]),
    "phieu-yeu-cau-chung-thuc": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên người yêu cầu", "Số giấy tờ tùy thân", "Địa chỉ",
        "Số điện thoại", "Nội dung yêu cầu chứng thực",
        "Tên giấy tờ, văn bản", "Số bản, số trang"]),
    "to-khai-cap-phieu-ly-lich-tu-phap": ("Sở Tư pháp tỉnh Minh Sơn", NGUOI, [
        "Họ, chữ đệm, tên", "Giới tính", "Ngày, tháng, năm sinh", "Nơi sinh",
        "Quốc tịch", "Số định danh cá nhân", "Nơi thường trú",
        "Họ, chữ đệm, tên cha", "Họ, chữ đệm, tên mẹ",
        "Họ, chữ đệm, tên vợ hoặc chồng",
        "Quá trình cư trú từ đủ 14 tuổi", "Loại Phiếu (số 1 / số 2)",
        "Số lượng Phiếu", "Mục đích sử dụng"]),
    "don-dang-ky-dat-dai": ("Văn phòng Đăng ký đất đai tỉnh Minh Sơn", NGUOI, [
        "Người sử dụng đất, chủ sở hữu tài sản",
        "Số định danh cá nhân hoặc mã số doanh nghiệp", "Địa chỉ",
        "Thửa đất số", "Tờ bản đồ số", "Địa chỉ thửa đất",
        "Diện tích (m²)", "Mục đích sử dụng đất", "Thời hạn sử dụng",
        "Nguồn gốc sử dụng", "Tài sản gắn liền với đất",
        "Đề nghị cấp Giấy chứng nhận (có / không)"]),
    "don-dang-ky-bien-dong-dat-dai": ("Văn phòng Đăng ký đất đai tỉnh Minh Sơn",
                                      NGUOI, [
        "Người sử dụng đất, chủ sở hữu tài sản", "Địa chỉ",
        "Số phát hành Giấy chứng nhận đã cấp", "Số vào sổ cấp Giấy chứng nhận",
        "Thửa đất số, tờ bản đồ số", "Nội dung biến động", "Lý do biến động",
        "Giấy tờ nộp kèm theo"]),
    "don-de-nghi-cap-giay-phep-xay-dung": ("Cơ quan cấp giấy phép xây dựng",
                                           NGUOI, [
        "Chủ đầu tư", "Người đại diện", "Địa chỉ liên hệ", "Số điện thoại",
        "Địa điểm xây dựng (lô đất, đường, xã, phường)",
        "Loại công trình, cấp công trình", "Diện tích xây dựng tầng 1 (m²)",
        "Tổng diện tích sàn (m²)", "Chiều cao công trình (m)", "Số tầng",
        "Đơn vị thiết kế", "Dự kiến thời gian hoàn thành"]),
    "giay-de-nghi-dang-ky-ho-kinh-doanh": ("UBND xã, phường", NGUOI, [
        "Tên hộ kinh doanh", "Địa chỉ trụ sở", "Điện thoại, thư điện tử",
        "Ngành, nghề kinh doanh", "Vốn kinh doanh (đồng)",
        "Số lượng lao động", "Họ, chữ đệm, tên chủ hộ kinh doanh",
        "Số định danh cá nhân", "Nơi cư trú"]),
    "giay-de-nghi-dang-ky-doanh-nghiep-tu-nhan": (
        "Phòng Đăng ký kinh doanh, Sở Tài chính tỉnh Minh Sơn", NGUOI, [
            "Tên doanh nghiệp viết bằng tiếng Việt",
            "Tên doanh nghiệp viết bằng tiếng nước ngoài (nếu có)",
            "Tên viết tắt (nếu có)", "Địa chỉ trụ sở chính",
            "Ngành, nghề kinh doanh", "Vốn đầu tư (đồng)",
            "Họ, chữ đệm, tên chủ doanh nghiệp", "Số định danh cá nhân",
            "Thông tin đăng ký thuế"]),
    "don-de-nghi-cap-giay-phep-hanh-nghe": ("Sở Y tế tỉnh Minh Sơn", NGUOI, [
        "Họ, chữ đệm, tên", "Ngày, tháng, năm sinh", "Số định danh cá nhân",
        "Địa chỉ liên hệ", "Số điện thoại", "Văn bằng chuyên môn",
        "Chức danh đề nghị cấp", "Phạm vi hành nghề đề nghị",
        "Nơi thực hành"]),
    "don-de-nghi-cap-chung-chi-hanh-nghe": ("Sở Y tế tỉnh Minh Sơn", NGUOI, [
        "Họ, chữ đệm, tên", "Ngày, tháng, năm sinh", "Số định danh cá nhân",
        "Địa chỉ liên hệ", "Văn bằng chuyên môn",
        "Phạm vi hoạt động chuyên môn đề nghị"]),
    "to-khai-ho-tro-chi-phi-mai-tang": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên người đề nghị", "Số định danh cá nhân",
        "Nơi cư trú", "Quan hệ với người đã chết",
        "Họ, chữ đệm, tên người đã chết", "Ngày, tháng, năm sinh",
        "Ngày, tháng, năm chết", "Nơi cư trú cuối cùng",
        "Thuộc diện đối tượng bảo trợ xã hội"]),
    "to-khai-de-nghi-tro-giup-xa-hoi": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên đối tượng", "Ngày, tháng, năm sinh", "Giới tính",
        "Số định danh cá nhân", "Nơi cư trú", "Thuộc diện đối tượng",
        "Mức độ khuyết tật (nếu có)", "Chế độ khác đang hưởng (nếu có)",
        "Người giám hộ hoặc người chăm sóc"]),
    "to-khai-tro-cap-mai-tang-nguoi-co-cong": ("UBND xã, phường", NGUOI, [
        "Họ, chữ đệm, tên người đề nghị", "Số định danh cá nhân",
        "Quan hệ với người có công", "Họ, chữ đệm, tên người có công",
        "Diện người có công", "Ngày, tháng, năm từ trần",
        "Nơi cư trú cuối cùng", "Số hồ sơ người có công (nếu có)"]),
    "van-ban-de-xuat-cong-nhan-hoa-giai-vien": ("Chủ tịch UBND xã, phường",
                                                NGUOI, [
        "Thôn, tổ dân phố", "Họ, chữ đệm, tên người được đề xuất",
        "Ngày, tháng, năm sinh", "Nơi cư trú", "Nghề nghiệp",
        "Số hộ đồng ý / tổng số hộ", "Người đề xuất (chức danh)"]),
    "don-de-nghi-doi-giay-phep-lai-xe": ("Công an tỉnh Minh Sơn", NGUOI, [
        "Họ, chữ đệm, tên", "Ngày, tháng, năm sinh", "Quốc tịch",
        "Số định danh cá nhân", "Nơi cư trú", "Số giấy phép lái xe",
        "Hạng giấy phép lái xe", "Cơ quan cấp, ngày cấp", "Lý do đổi",
        "Hình thức nhận kết quả"]),
    "don-de-nghi-cap-giay-phep-luu-hanh-xe": ("Sở Xây dựng tỉnh Minh Sơn",
                                              TO_CHUC, [
        "Tên tổ chức, cá nhân", "Địa chỉ", "Số điện thoại", "Biển số xe",
        "Loại xe", "Kích thước bao: dài x rộng x cao (m)",
        "Tổng trọng lượng (tấn)", "Hàng hóa vận chuyển",
        "Tuyến đường lưu hành", "Thời gian lưu hành"]),
    "to-trinh-thanh-lap-truong-mam-non": ("Chủ tịch UBND xã, phường", TO_CHUC, [
        "Tên tổ chức, cá nhân đề nghị", "Địa chỉ", "Tên trường dự kiến",
        "Địa điểm đặt trường", "Quy mô: số nhóm, lớp; số trẻ",
        "Người dự kiến làm hiệu trưởng", "Vốn đầu tư (đồng)"]),
    "don-xin-chuyen-truong": ("Hiệu trưởng trường trung học phổ thông", NGUOI, [
        "Họ, chữ đệm, tên cha, mẹ hoặc người giám hộ",
        "Họ, chữ đệm, tên học sinh", "Ngày, tháng, năm sinh", "Học lớp",
        "Năm học", "Trường nơi chuyển đi", "Trường nơi chuyển đến",
        "Lý do chuyển trường"]),
    "van-ban-de-nghi-cap-giay-phep-lao-dong": ("Sở Nội vụ tỉnh Minh Sơn",
                                               TO_CHUC, [
        "Tên người sử dụng lao động", "Mã số doanh nghiệp", "Địa chỉ",
        "Họ, tên người lao động nước ngoài", "Quốc tịch", "Số hộ chiếu",
        "Vị trí công việc, chức danh", "Hình thức làm việc",
        "Thời hạn làm việc", "Địa điểm làm việc"]),
    "de-nghi-huong-tro-cap-that-nghiep": (
        "Trung tâm Dịch vụ việc làm tỉnh Minh Sơn", NGUOI, [
            "Họ, chữ đệm, tên", "Ngày, tháng, năm sinh",
            "Số định danh cá nhân", "Số sổ bảo hiểm xã hội", "Nơi cư trú",
            "Số điện thoại", "Số tháng đã đóng bảo hiểm thất nghiệp",
            "Ngày chấm dứt hợp đồng lao động", "Lý do chấm dứt",
            "Tài khoản nhận trợ cấp"]),
    "don-de-nghi-cap-giay-phep-karaoke": ("UBND xã, phường", TO_CHUC, [
        "Tên doanh nghiệp, hộ kinh doanh",
        "Mã số doanh nghiệp hoặc số đăng ký hộ kinh doanh", "Địa chỉ",
        "Người đại diện", "Địa điểm kinh doanh", "Số phòng hát",
        "Diện tích từng phòng hát (m²)"]),
    "van-ban-dang-ky-to-chuc-le-hoi": ("UBND xã, phường", TO_CHUC, [
        "Tên ban tổ chức", "Tên lễ hội", "Thời gian tổ chức", "Địa điểm",
        "Quy mô", "Nội dung chính",
        "Phương án bảo đảm an ninh, trật tự", "Người chịu trách nhiệm"]),
    "don-de-nghi-cap-giay-phep-ban-le-ruou": ("UBND xã, phường", TO_CHUC, [
        "Tên thương nhân", "Mã số doanh nghiệp, hộ kinh doanh",
        "Địa chỉ trụ sở", "Số điện thoại", "Địa điểm bán lẻ",
        "Loại rượu kinh doanh", "Thương nhân cung cấp rượu"]),
    "don-de-nghi-cua-hang-xang-dau": ("Sở Công Thương tỉnh Minh Sơn", TO_CHUC, [
        "Tên thương nhân", "Mã số doanh nghiệp", "Địa chỉ trụ sở",
        "Tên cửa hàng", "Địa chỉ cửa hàng", "Mặt hàng kinh doanh",
        "Số cột bơm", "Tổng sức chứa bồn (m³)"]),
    "van-ban-de-nghi-cap-giay-phep-moi-truong": (
        "UBND tỉnh Minh Sơn (qua Sở Nông nghiệp và Môi trường)", TO_CHUC, [
            "Tên chủ dự án, cơ sở", "Địa chỉ", "Người đại diện",
            "Tên dự án, cơ sở", "Địa điểm thực hiện",
            "Loại hình sản xuất, kinh doanh, dịch vụ",
            "Nội dung đề nghị cấp phép", "Thời hạn đề nghị"]),
    "phieu-dang-ky-moi-truong": ("UBND xã, phường", TO_CHUC, [
        "Tên chủ dự án, cơ sở", "Địa chỉ", "Số điện thoại",
        "Tên dự án, cơ sở", "Địa điểm", "Quy mô, công suất",
        "Loại và khối lượng chất thải phát sinh", "Biện pháp xử lý"]),
}

SIGNER = {
    NGUOI: ("NGƯỜI YÊU CẦU", "(Ký, ghi rõ họ, chữ đệm, tên)"),
    TO_CHUC: ("NGƯỜI ĐẠI DIỆN", "(Ký, ghi rõ họ tên, đóng dấu nếu có)"),
}


# --- text ---------------------------------------------------------------

def ascii_fold(s):
    """Vietnamese text without diacritics, for the Helvetica page text."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D")
    for a, b in (("²", "2"), ("³", "3"), ("–", "-"), ("…", "...")):
        s = s.replace(a, b)
    s.encode("ascii")          # raises if anything is left
    return s


# Widths of Helvetica (AFM, per 1000 em) for ASCII 32..126.
HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,
        278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278,
        584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
        500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
        667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
        278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
        278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def width(s, size, bold=False):
    w = sum(HELV[ord(c) - 32] for c in s) * size / 1000.0
    return w * 1.06 if bold else w     # Helvetica-Bold is a little wider


def wrap(s, size, maxw, bold=False):
    lines, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, size, bold) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def pdf_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(")\
        .replace(")", "\\)") + ")"


def pdf_utf16(s):
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


# --- PDF -----------------------------------------------------------------

PAGE_W, PAGE_H, MARGIN = 595, 842, 56


def page_content(title, kinh_gui, kind, labels):
    ops = []

    def text(s, x, y, size, font="F1"):
        ops.append("BT /%s %d Tf %.1f %.1f Td %s Tj ET"
                   % (font, size, x, y, pdf_str(ascii_fold(s))))

    def center(s, y, size, font="F1"):
        x = (PAGE_W - width(ascii_fold(s), size, font == "F2")) / 2
        text(s, x, y, size, font)

    def dots(x1, x2, y):
        ops.append("%.1f %.1f m %.1f %.1f l S" % (x1, y, x2, y))

    y = 800
    center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", y, 11, "F2")
    y -= 15
    center("Độc lập - Tự do - Hạnh phúc", y, 10, "F2")
    y -= 45
    for line in wrap(ascii_fold(title).upper(), 14, PAGE_W - 2 * MARGIN,
                     True):
        center(line, y, 14, "F2")
        y -= 18
    y -= 18
    ops.append("0.5 w [1 2] 0 d")
    label = "Kính gửi: " + kinh_gui
    text(label, MARGIN + 40, y, 11)
    y -= 30
    for lab in labels:
        s = lab + ":"
        text(s, MARGIN, y, 11)
        x = MARGIN + width(ascii_fold(s), 11) + 6
        if x > PAGE_W - MARGIN - 60:      # long label: blank line below it
            y -= 18
            x = MARGIN
        dots(x, PAGE_W - MARGIN, y - 2)
        y -= 24
    y -= 12
    text("......, ngày ..... tháng ..... năm ..........", 320, y, 11, "F3")
    y -= 20
    who, how = SIGNER[kind]
    x = 320 + (width(ascii_fold("......, ngay ..... thang ..... nam ..........")
                     , 11) - width(ascii_fold(who), 11, True)) / 2
    text(who, x, y, 11, "F2")
    y -= 14
    x = 320 + (width(ascii_fold("......, ngay ..... thang ..... nam ..........")
                     , 11) - width(ascii_fold(how), 10)) / 2
    text(how, x, y, 10, "F3")
    if y < 110:
        sys.exit("form too long: " + title)
    for i, line in enumerate(wrap(ascii_fold(NOTE), 8, PAGE_W - 2 * MARGIN)):
        text(line, MARGIN, 40 - 10 * i, 8, "F3")
    return "\n".join(ops) + "\n"


def make_pdf(title, kinh_gui, kind, labels):
    content = page_content(title, kinh_gui, kind, labels).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (vi-VN) >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources "
         "<< /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>"
         % (PAGE_W, PAGE_H)).encode("ascii"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode("ascii") + b" >>\nstream\n"
        + content + b"endstream",
        ("<< /Title %s /Subject %s /Creator %s >>"
         % (pdf_utf16(title), pdf_utf16(NOTE), pdf_utf16(PORTAL)))
        .encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref))
    return bytes(out)


# --- ODT -------------------------------------------------------------------

def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:'
          'xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def make_odt(title, kinh_gui, kind, labels):
    who, how = SIGNER[kind]
    blank = "…" * 30
    paras = [
        ("C", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("C", "Độc lập – Tự do – Hạnh phúc"),
        ("T", title.upper()),
        ("P", "Kính gửi: " + kinh_gui),
    ]
    paras += [("P", lab + ": " + blank) for lab in labels]
    paras += [("R", "……, ngày …… tháng …… năm ……"), ("R", who), ("R", how),
              ("N", NOTE)]
    body = "".join('<text:p text:style-name="%s">%s</text:p>'
                   % (st, xml_escape(s)) for st, s in paras)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content %s office:version="1.2">'
        '<office:automatic-styles>'
        '<style:style style:name="C" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="center" '
        'fo:margin-top="0.8cm" fo:margin-bottom="0.6cm"/>'
        '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>'
        '</style:style>'
        '<style:style style:name="P" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>'
        '<style:style style:name="R" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="end"/></style:style>'
        '<style:style style:name="N" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-top="1cm"/>'
        '<style:text-properties fo:font-size="8pt" fo:font-style="italic"/>'
        '</style:style>'
        '</office:automatic-styles>'
        '<office:body><office:text>%s</office:text></office:body>'
        '</office:document-content>\n' % (ODT_NS, body))
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-meta %s office:version="1.2"><office:meta>'
        '<dc:title>%s</dc:title><dc:description>%s</dc:description>'
        '<dc:language>vi-VN</dc:language>'
        '</office:meta></office:document-meta>\n'
        % (ODT_NS, xml_escape(title), xml_escape(NOTE)))
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
        'xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" '
        'manifest:media-type="text/xml"/>'
        '</manifest:manifest>\n')
    return [("mimetype", b"application/vnd.oasis.opendocument.text",
             zipfile.ZIP_STORED),
            ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
            ("meta.xml", meta.encode("utf-8"), zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", manifest.encode("utf-8"),
             zipfile.ZIP_DEFLATED)]


def write_odt(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


# --- main ------------------------------------------------------------------

def main():
    forms = {}
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            for m in json.loads(line).get("bieu_mau", []):
                ten = unicodedata.normalize("NFC", m["ten"])
                forms.setdefault(m["tep"], ten)
    os.makedirs(DEST, exist_ok=True)
    for tep, ten in sorted(forms.items()):
        stem, ext = tep.rsplit(".", 1)
        stem = stem.lower()             # files start with a capital
        if stem not in FORMS:
            sys.exit("no layout for form " + tep)
        kinh_gui, kind, labels = FORMS[stem]
        # The title is the form name without "(bản điền được)".
        title = ten.split(" (")[0]
        path = os.path.join(DEST, tep)
        if ext == "pdf":
            with open(path, "wb") as out:
                out.write(make_pdf(title, kinh_gui, kind, labels))
        elif ext == "odt":
            write_odt(path, make_odt(title, kinh_gui, kind, labels))
        else:
            sys.exit("unknown form type " + tep)
        size = os.path.getsize(path)
        if size > MAX_SIZE:
            sys.exit("%s: %d bytes, more than %d" % (tep, size, MAX_SIZE))
    unused = set(FORMS) - {t.rsplit(".", 1)[0].lower() for t in forms}
    if unused:
        sys.exit("layouts not used by any procedure: " + ", ".join(unused))
    print("%s: %d forms" % (os.path.relpath(DEST), len(forms)))


if __name__ == "__main__":
    main()
