#!/usr/bin/env python3
"""Write data/demo/procedures.jsonl, the demo procedures of the fictional
province "Tỉnh Minh Sơn".

One JSON object per line, in the shape of the national data
(../shared/data/tthc-national.jsonl.gz: the same keys, the same flattened
tables), plus the demo extension keys ma_co_quan, muc_do,
hinh_thuc_truc_tuyen, bieu_mau, ngay_hieu_luc, huong_dan_truc_tuyen and
trang_thai.  All text is the project's own; codes 9.xxxxxx are demo codes
that are not used by the national database.

    python3 data/demo/make_procedures.py        # rewrites procedures.jsonl

Standard library only.  The output is deterministic.
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "procedures.jsonl")

# --- agencies (sql/demo/010_agencies.sql) ------------------------------

UBND_TINH = "000.00.00.H99"
TT_HCC = "000.00.02.H99"        # Trung tâm Phục vụ hành chính công tỉnh
SO_NOI_VU = "000.00.05.H99"
SO_TAI_CHINH = "000.00.06.H99"
SO_TU_PHAP = "000.00.08.H99"
SO_CONG_THUONG = "000.00.10.H99"
SO_NN_MT = "000.00.11.H99"
SO_XAY_DUNG = "000.00.12.H99"
SO_GD_DT = "000.00.14.H99"
SO_Y_TE = "000.00.15.H99"
SO_VH_TT_DL = "000.00.16.H99"
CONG_AN = "000.00.18.H99"
VP_DK_DAT_DAI = "000.11.01.H99"
XA = ["000.21.01.H99", "000.21.02.H99", "000.21.03.H99",
      "000.21.04.H99", "000.21.05.H99", "000.21.06.H99"]

# --- places where dossiers are received --------------------------------

NOI_TTHCC = ("Trung tâm Phục vụ hành chính công tỉnh Minh Sơn, số 8 đường "
             "Thanh Niên, phường Minh Khai, tỉnh Minh Sơn")
NOI_XA = "Bộ phận Một cửa của UBND xã, phường"

# --- form templates (htdocs/bieu-mau/, written by make_forms.py) -------

MIME = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
}


def mau(ten, tep):
    """A bieu_mau entry.  The file name starts with a capital, as uploaded
    form names in the national data do ("Mẫu số 01.docx"): the importer
    recognises a form file glued to the end of a dossier row by that
    capital, and links the row to the bieu_mau entry of the same file."""
    tep = tep[0].upper() + tep[1:]
    return {"ten": ten, "tep": tep, "mime": MIME[tep.rsplit(".", 1)[1]]}


TK_KHAI_SINH = mau("Tờ khai đăng ký khai sinh", "to-khai-dang-ky-khai-sinh.pdf")
TK_KHAI_SINH_ODT = mau("Tờ khai đăng ký khai sinh (bản điền được)",
                       "to-khai-dang-ky-khai-sinh.odt")
TK_KHAI_TU = mau("Tờ khai đăng ký khai tử", "to-khai-dang-ky-khai-tu.pdf")
TK_KET_HON = mau("Tờ khai đăng ký kết hôn", "to-khai-dang-ky-ket-hon.pdf")
TK_TTHN = mau("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
              "to-khai-xac-nhan-tinh-trang-hon-nhan.pdf")
PHIEU_CHUNG_THUC = mau("Phiếu yêu cầu chứng thực",
                       "phieu-yeu-cau-chung-thuc.pdf")
TK_LLTP = mau("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
              "to-khai-cap-phieu-ly-lich-tu-phap.pdf")
DON_DK_DAT = mau("Đơn đăng ký đất đai, tài sản gắn liền với đất",
                 "don-dang-ky-dat-dai.pdf")
DON_DK_DAT_ODT = mau("Đơn đăng ký đất đai, tài sản gắn liền với đất "
                     "(bản điền được)", "don-dang-ky-dat-dai.odt")
DON_BIEN_DONG = mau("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                    "don-dang-ky-bien-dong-dat-dai.pdf")
DON_GPXD = mau("Đơn đề nghị cấp giấy phép xây dựng",
               "don-de-nghi-cap-giay-phep-xay-dung.pdf")
GIAY_HKD = mau("Giấy đề nghị đăng ký hộ kinh doanh",
               "giay-de-nghi-dang-ky-ho-kinh-doanh.pdf")
GIAY_DNTN = mau("Giấy đề nghị đăng ký doanh nghiệp tư nhân",
                "giay-de-nghi-dang-ky-doanh-nghiep-tu-nhan.pdf")
DON_GPHN = mau("Đơn đề nghị cấp giấy phép hành nghề khám bệnh, chữa bệnh",
               "don-de-nghi-cap-giay-phep-hanh-nghe.pdf")
DON_CCHN = mau("Đơn đề nghị cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
               "don-de-nghi-cap-chung-chi-hanh-nghe.pdf")
TK_MAI_TANG = mau("Tờ khai đề nghị hỗ trợ chi phí mai táng",
                  "to-khai-ho-tro-chi-phi-mai-tang.pdf")
TK_TRO_CAP = mau("Tờ khai đề nghị trợ giúp xã hội",
                 "to-khai-de-nghi-tro-giup-xa-hoi.pdf")
TK_NCC = mau("Tờ khai đề nghị hưởng trợ cấp một lần và mai táng phí",
             "to-khai-tro-cap-mai-tang-nguoi-co-cong.pdf")
VB_HOA_GIAI = mau("Văn bản đề xuất công nhận hòa giải viên",
                  "van-ban-de-xuat-cong-nhan-hoa-giai-vien.pdf")
DON_GPLX = mau("Đơn đề nghị đổi giấy phép lái xe",
               "don-de-nghi-doi-giay-phep-lai-xe.pdf")
DON_LUU_HANH = mau("Đơn đề nghị cấp giấy phép lưu hành xe",
                   "don-de-nghi-cap-giay-phep-luu-hanh-xe.pdf")
TT_MAM_NON = mau("Tờ trình đề nghị cho phép thành lập trường mầm non",
                 "to-trinh-thanh-lap-truong-mam-non.pdf")
DON_CHUYEN_TRUONG = mau("Đơn xin chuyển trường", "don-xin-chuyen-truong.pdf")
VB_GPLD = mau("Văn bản đề nghị cấp giấy phép lao động",
              "van-ban-de-nghi-cap-giay-phep-lao-dong.pdf")
DN_THAT_NGHIEP = mau("Đề nghị hưởng trợ cấp thất nghiệp",
                     "de-nghi-huong-tro-cap-that-nghiep.pdf")
DON_KARAOKE = mau("Đơn đề nghị cấp giấy phép kinh doanh dịch vụ karaoke",
                  "don-de-nghi-cap-giay-phep-karaoke.pdf")
VB_LE_HOI = mau("Văn bản đăng ký tổ chức lễ hội",
                "van-ban-dang-ky-to-chuc-le-hoi.pdf")
DON_RUOU = mau("Đơn đề nghị cấp Giấy phép bán lẻ rượu",
               "don-de-nghi-cap-giay-phep-ban-le-ruou.pdf")
DON_XANG_DAU = mau("Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện "
                   "bán lẻ xăng dầu", "don-de-nghi-cua-hang-xang-dau.pdf")
VB_GPMT = mau("Văn bản đề nghị cấp giấy phép môi trường",
              "van-ban-de-nghi-cap-giay-phep-moi-truong.pdf")
PHIEU_DKMT = mau("Phiếu đăng ký môi trường", "phieu-dang-ky-moi-truong.pdf")

# --- the flattened tables of the national format -----------------------

TRUC_TIEP = "Trực tiếp"
TRUC_TUYEN = "Trực tuyến"
BUU_CHINH = "Dịch vụ bưu chính"

MUC_DO = {1: "thong-tin", 2: "thong-tin", 3: "mot-phan", 4: "toan-trinh"}


def cach(*rows):
    """The "Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả" table, flattened
    as the national portal flattens it: header words, then each row's cells
    run together."""
    return ("Hình thức nộpThời gianPhí, lệ phíMô tả"
            + "".join(k + t + p + m for k, t, p, m in rows))


def kenh(muc_do, thoi_gian, phi, mo_ta="", phi_truc_tuyen=None):
    """Rows for the usual channels: online only when the class allows it."""
    rows = [(TRUC_TIEP, thoi_gian, phi, mo_ta)]
    if MUC_DO[muc_do] != "thong-tin":
        rows.append((TRUC_TUYEN, thoi_gian,
                     phi if phi_truc_tuyen is None else phi_truc_tuyen, mo_ta))
    rows.append((BUU_CHINH, thoi_gian, phi, mo_ta))
    return cach(*rows)


def ho_so(*nhom):
    """The dossier table: optional group heading, header words, then for
    each document its name, its form file (or nothing) and the copies."""
    out = []
    for tieu_de, giay_to in nhom:
        out.append(tieu_de + "Tên giấy tờMẫu đơn, tờ khaiSố lượng")
        for ten, mau_don, so_luong in giay_to:
            out.append(ten + (mau_don["tep"] if mau_don else "") + so_luong)
    return "".join(out)


def can_cu(*van_ban):
    return "Tên văn bản pháp lýMã văn bản" + "".join(t + m for t, m in van_ban)


def ket_qua(ten, so):
    return ("%sMã: KQ.H99.%sTừ khóaKhông có thông tinMô tảKhông có thông tin"
            % (ten, so))


def buoc(*steps):
    return "\n".join("Bước %d: %s" % (i, s) for i, s in enumerate(steps, 1))


CHINH = "1 bản chính"
SAO = "0 bản chính,1 bản sao"
CHINH_SAO = "1 bản chính,1 bản sao"
KHONG = "0 bản chính"

# Common legal bases.
LUAT_HO_TICH = ("Luật Hộ tịch", "60/2014/QH13")
ND_HO_TICH = ("Nghị định quy định chi tiết một số điều và biện pháp thi hành "
              "Luật Hộ tịch", "123/2015/NĐ-CP")
ND_HO_TICH_DT = ("Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký "
                 "hộ tịch trực tuyến", "87/2020/NĐ-CP")
TT_HO_TICH = ("Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch",
              "04/2020/TT-BTP")
TT_PHI_HDND = ("Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định "
               "của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
               "85/2019/TT-BTC")
ND_CHUNG_THUC = ("Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản "
                 "chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
                 "23/2015/NĐ-CP")
TT_CHUNG_THUC = ("Thông tư quy định chi tiết, hướng dẫn thi hành một số điều của "
                 "Nghị định số 23/2015/NĐ-CP", "01/2020/TT-BTP")
TT_PHI_CHUNG_THUC = ("Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử "
                     "dụng phí chứng thực", "226/2016/TT-BTC")
LUAT_DAT_DAI = ("Luật Đất đai", "31/2024/QH15")
ND_DAT_DAI = ("Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy "
              "chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
              "và hệ thống thông tin đất đai", "101/2024/NĐ-CP")
TT_DAT_DAI = ("Thông tư quy định về hồ sơ địa chính, Giấy chứng nhận quyền sử "
              "dụng đất, quyền sở hữu tài sản gắn liền với đất", "10/2024/TT-BTNMT")
LUAT_XAY_DUNG = ("Luật Xây dựng", "50/2014/QH13")
LUAT_XAY_DUNG_SD = ("Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
                    "62/2020/QH14")
ND_XAY_DUNG = ("Nghị định quy định chi tiết một số điều và biện pháp thi hành "
               "Luật Xây dựng về quản lý hoạt động xây dựng", "175/2024/NĐ-CP")
LUAT_DOANH_NGHIEP = ("Luật Doanh nghiệp", "59/2020/QH14")
ND_DKDN = ("Nghị định về đăng ký doanh nghiệp", "168/2025/NĐ-CP")
ND_TRO_GIUP_XH = ("Nghị định quy định chính sách trợ giúp xã hội đối với đối "
                  "tượng bảo trợ xã hội", "20/2021/NĐ-CP")
ND_TRO_GIUP_XH_SD = ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số "
                     "20/2021/NĐ-CP", "76/2024/NĐ-CP")

# --- the online guide, by class ----------------------------------------


def huong_dan(hinh_thuc, noi):
    if hinh_thuc == "toan-trinh":
        return ("1. Đăng nhập Cổng Dịch vụ công tỉnh Minh Sơn bằng tài khoản "
                "định danh điện tử mức độ 2 (VNeID) hoặc tài khoản Cổng Dịch vụ "
                "công quốc gia.\n"
                "2. Chọn thủ tục, bấm “Nộp hồ sơ” và khai tờ khai điện tử; các "
                "thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư được điền "
                "sẵn.\n"
                "3. Tải lên bản chụp hoặc bản điện tử của các giấy tờ trong thành "
                "phần hồ sơ, kiểm tra lại rồi nộp; phí, lệ phí (nếu có) nộp trực "
                "tuyến.\n"
                "4. Theo dõi hồ sơ tại mục “Hồ sơ của tôi”. Kết quả điện tử được "
                "gửi vào tài khoản; nếu cần bản giấy, chọn nhận qua bưu chính "
                "hoặc nhận tại " + noi + ".")
    if hinh_thuc == "mot-phan":
        return ("1. Đăng nhập Cổng Dịch vụ công tỉnh Minh Sơn bằng tài khoản "
                "định danh điện tử (VNeID).\n"
                "2. Chọn thủ tục, khai tờ khai điện tử và tải lên bản chụp các "
                "giấy tờ trong thành phần hồ sơ.\n"
                "3. Khi nhận được thông báo hồ sơ hợp lệ, mang bản chính các giấy "
                "tờ cần đối chiếu đến " + noi + " để nộp phí, lệ phí (nếu có) và "
                "nhận kết quả.")
    return ("Thủ tục này chưa tiếp nhận hồ sơ trực tuyến. Trang này có đủ "
            "thông tin về thành phần hồ sơ, thời hạn và phí, lệ phí; tải biểu "
            "mẫu (nếu có), điền sẵn rồi nộp trực tiếp tại " + noi + " hoặc gửi "
            "qua dịch vụ bưu chính.")


# --- building one record -----------------------------------------------

KEYS = ["ma_thu_tuc", "ten_thu_tuc", "so_quyet_dinh", "cap_thuc_hien",
        "loai_thu_tuc", "linh_vuc", "doi_tuong_thuc_hien",
        "co_quan_co_tham_quyen", "dia_chi_tiep_nhan", "co_quan_duoc_uy_quyen",
        "co_quan_phoi_hop", "thu_tuc_lien_quan", "trinh_tu_thuc_hien",
        "cach_thuc_thuc_hien", "thanh_phan_ho_so", "can_cu_phap_ly",
        "co_quan_thuc_hien", "yeu_cau_dieu_kien", "ket_qua_xu_ly", "nguon",
        # demo extension
        "ma_co_quan", "muc_do", "hinh_thuc_truc_tuyen", "bieu_mau",
        "ngay_hieu_luc", "huong_dan_truc_tuyen", "trang_thai"]

DEFAULTS = {
    "so_quyet_dinh": "1520/QĐ-UBND",
    "loai_thu_tuc": "TTHC được giao luật quy định chi tiết",
    "co_quan_duoc_uy_quyen": "",
    "co_quan_phoi_hop": "",
    "thu_tuc_lien_quan": "Không có thông tin",
    "yeu_cau_dieu_kien": "Không có thông tin",
    "nguon": "demo",
    "bieu_mau": [],
    "ngay_hieu_luc": "2025-07-01",
}

RECORDS = []


def thu_tuc(**kw):
    r = dict(DEFAULTS)
    r.update(kw)
    r["hinh_thuc_truc_tuyen"] = MUC_DO[r["muc_do"]]
    if "dia_chi_tiep_nhan" not in r:
        r["dia_chi_tiep_nhan"] = NOI_XA if r["cap_thuc_hien"] == "Cấp xã" \
            else NOI_TTHCC
    if "huong_dan_truc_tuyen" not in r:
        noi = "Bộ phận Một cửa của UBND xã, phường" \
            if r["cap_thuc_hien"] == "Cấp xã" \
            else "Trung tâm Phục vụ hành chính công tỉnh"
        r["huong_dan_truc_tuyen"] = huong_dan(r["hinh_thuc_truc_tuyen"], noi)
    unknown = set(r) - set(KEYS)
    missing = set(KEYS) - set(r) - {"trang_thai"}
    if unknown or missing:
        sys.exit("%s: unknown %s, missing %s"
                 % (r.get("ma_thu_tuc"), sorted(unknown), sorted(missing)))
    RECORDS.append({k: r[k] for k in KEYS if k in r})


# ======================================================================
# Hộ tịch
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000101",
    ten_thu_tuc="Đăng ký khai sinh",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Hộ tịch",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    dia_chi_tiep_nhan=NOI_XA + " nơi cư trú của người cha hoặc người mẹ",
    thu_tuc_lien_quan="9.000105 - Liên thông các thủ tục hành chính về đăng ký "
    "khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    trinh_tu_thuc_hien=buoc(
        "Người đi đăng ký khai sinh nộp hồ sơ tại Bộ phận Một cửa của UBND xã, "
        "phường hoặc nộp trực tuyến trên Cổng Dịch vụ công tỉnh Minh Sơn.",
        "Công chức tư pháp – hộ tịch kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì "
        "hướng dẫn một lần để người yêu cầu bổ sung, hoàn thiện.",
        "Nếu thông tin khai sinh đầy đủ, phù hợp, công chức tư pháp – hộ tịch "
        "ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử "
        "để lấy số định danh cá nhân cho trẻ và trình Chủ tịch UBND xã, phường "
        "ký Giấy khai sinh.",
        "Người yêu cầu nhận Giấy khai sinh bản chính tại Bộ phận Một cửa, qua "
        "dịch vụ bưu chính, hoặc nhận bản điện tử trong tài khoản trên Cổng "
        "Dịch vụ công."),
    cach_thuc_thuc_hien=kenh(
        4, "01 Ngày làm việc",
        "Miễn phí(Miễn lệ phí đăng ký khai sinh đúng hạn; phí cấp bản sao "
        "trích lục theo yêu cầu: 8.000 đồng/bản)",
        "Nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả "
        "trong ngày làm việc tiếp theo."),
    thanh_phan_ho_so=ho_so(
        ("* Giấy tờ phải nộp:", [
            ("- Tờ khai đăng ký khai sinh theo mẫu;", TK_KHAI_SINH, CHINH),
            ("- Giấy chứng sinh do cơ sở y tế cấp; nếu không có Giấy chứng sinh "
             "thì nộp văn bản của người làm chứng xác nhận về việc sinh hoặc "
             "giấy cam đoan về việc sinh.", None, CHINH),
            ("- Văn bản ủy quyền theo quy định của pháp luật, nếu ủy quyền "
             "đăng ký khai sinh (không cần chứng thực khi người được ủy quyền "
             "là ông, bà, anh, chị, em ruột của trẻ).", None, CHINH),
        ]),
        ("* Giấy tờ phải xuất trình:", [
            ("- Giấy tờ tùy thân của người đi đăng ký: thẻ căn cước, hộ chiếu "
             "hoặc giấy tờ khác có ảnh còn giá trị sử dụng.", None, CHINH),
            ("- Giấy chứng nhận kết hôn của cha, mẹ trẻ nếu thông tin kết hôn "
             "chưa có trong Cơ sở dữ liệu hộ tịch điện tử.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(LUAT_HO_TICH, ND_HO_TICH, ND_HO_TICH_DT, TT_HO_TICH,
                          TT_PHI_HDND),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Trẻ em phải được đăng ký khai sinh trong thời hạn 60 ngày "
    "kể từ ngày sinh. Người đi đăng ký là cha hoặc mẹ; nếu cha, mẹ không thể đi "
    "đăng ký thì ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi "
    "dưỡng trẻ em thực hiện.",
    ket_qua_xu_ly=ket_qua("Giấy khai sinh (bản chính và bản điện tử)", "000101"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[TK_KHAI_SINH, TK_KHAI_SINH_ODT],
)

thu_tuc(
    ma_thu_tuc="9.000102",
    ten_thu_tuc="Đăng ký khai tử",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Hộ tịch",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    dia_chi_tiep_nhan=NOI_XA + " nơi cư trú cuối cùng của người chết",
    thu_tuc_lien_quan="9.000119 - Hỗ trợ chi phí mai táng cho đối tượng bảo trợ "
    "xã hội",
    trinh_tu_thuc_hien=buoc(
        "Người đi đăng ký khai tử nộp hồ sơ tại Bộ phận Một cửa của UBND xã, "
        "phường nơi cư trú cuối cùng của người chết hoặc nộp trực tuyến.",
        "Công chức tư pháp – hộ tịch kiểm tra hồ sơ, đối chiếu với Cơ sở dữ "
        "liệu quốc gia về dân cư.",
        "Nếu việc khai tử đúng, công chức ghi vào Sổ đăng ký khai tử, cập nhật "
        "Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch UBND xã, phường ký "
        "Trích lục khai tử.",
        "Trả Trích lục khai tử cho người đi đăng ký; thông tin khai tử được "
        "chuyển để xóa đăng ký thường trú theo quy định."),
    cach_thuc_thuc_hien=kenh(
        4, "01 Ngày làm việc", "Miễn phí",
        "Trường hợp cần xác minh thì thời hạn không quá 03 ngày làm việc."),
    thanh_phan_ho_so=ho_so(
        ("* Giấy tờ phải nộp:", [
            ("- Tờ khai đăng ký khai tử theo mẫu;", TK_KHAI_TU, CHINH),
            ("- Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm "
             "quyền cấp.", None, CHINH),
        ]),
        ("* Giấy tờ phải xuất trình:", [
            ("- Giấy tờ tùy thân của người đi đăng ký khai tử.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH, TT_PHI_HDND),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, "
    "chồng, con, cha, mẹ hoặc người thân thích khác của người chết có trách "
    "nhiệm đi đăng ký khai tử.",
    ket_qua_xu_ly=ket_qua("Trích lục khai tử", "000102"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[TK_KHAI_TU],
)

# Stored in NFD below (see the end of the file): a test of normalisation.
thu_tuc(
    ma_thu_tuc="9.000103",
    ten_thu_tuc="Đăng ký kết hôn",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Hộ tịch",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    dia_chi_tiep_nhan=NOI_XA + " nơi cư trú của bên nam hoặc bên nữ",
    thu_tuc_lien_quan="9.000104 - Cấp Giấy xác nhận tình trạng hôn nhân",
    trinh_tu_thuc_hien=buoc(
        "Hai bên nam, nữ nộp tờ khai và giấy tờ tại Bộ phận Một cửa của UBND "
        "xã, phường hoặc nộp trực tuyến.",
        "Công chức tư pháp – hộ tịch kiểm tra hồ sơ và điều kiện kết hôn; nếu "
        "cần thì xác minh.",
        "Khi đủ điều kiện, hai bên nam, nữ cùng có mặt, ký vào Sổ đăng ký kết "
        "hôn và Giấy chứng nhận kết hôn; Chủ tịch UBND xã, phường ký Giấy chứng "
        "nhận kết hôn.",
        "Mỗi bên nhận một bản chính Giấy chứng nhận kết hôn."),
    cach_thuc_thuc_hien=kenh(
        3, "05 Ngày làm việc", "Miễn phí",
        "Nếu đủ điều kiện thì giải quyết ngay trong ngày nhận hồ sơ; trường hợp "
        "cần xác minh thì không quá 05 ngày làm việc."),
    thanh_phan_ho_so=ho_so(
        ("* Giấy tờ phải nộp:", [
            ("- Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung "
             "một tờ khai);", TK_KET_HON, CHINH),
            ("- Giấy xác nhận tình trạng hôn nhân, nếu bên nam hoặc bên nữ "
             "không đăng ký kết hôn tại nơi thường trú của mình.", None, CHINH),
        ]),
        ("* Giấy tờ phải xuất trình:", [
            ("- Giấy tờ tùy thân của hai bên nam, nữ.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(("Luật Hôn nhân và gia đình", "52/2014/QH13"),
                          LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi trở lên; việc kết hôn "
    "do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; "
    "không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình. Hai bên "
    "nam, nữ phải có mặt khi đăng ký kết hôn.",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận kết hôn", "000103"),
    ma_co_quan=XA,
    muc_do=3,
    bieu_mau=[TK_KET_HON],
    huong_dan_truc_tuyen="1. Một trong hai bên đăng nhập Cổng Dịch vụ công tỉnh "
    "Minh Sơn bằng tài khoản định danh điện tử, khai tờ khai đăng ký kết hôn và "
    "tải lên bản chụp giấy tờ.\n2. Bên còn lại xác nhận đồng ý kết hôn trong "
    "tài khoản của mình.\n3. Khi nhận được lịch hẹn, cả hai bên cùng có mặt tại "
    "UBND xã, phường để ký Sổ đăng ký kết hôn và nhận Giấy chứng nhận kết hôn.",
)

thu_tuc(
    ma_thu_tuc="9.000104",
    ten_thu_tuc="Cấp Giấy xác nhận tình trạng hôn nhân",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Hộ tịch",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    dia_chi_tiep_nhan=NOI_XA + " nơi người yêu cầu thường trú",
    trinh_tu_thuc_hien=buoc(
        "Người yêu cầu nộp tờ khai tại Bộ phận Một cửa của UBND xã, phường hoặc "
        "nộp trực tuyến.",
        "Công chức tư pháp – hộ tịch kiểm tra, tra cứu Cơ sở dữ liệu hộ tịch "
        "điện tử; nếu người yêu cầu đã từng cư trú ở nơi khác thì đề nghị xác "
        "minh.",
        "Nếu đủ điều kiện, trình Chủ tịch UBND xã, phường ký Giấy xác nhận tình "
        "trạng hôn nhân và trả kết quả."),
    cach_thuc_thuc_hien=kenh(
        4, "03 Ngày làm việc",
        "15,000 VNĐ(15.000 đồng/bản; miễn cho người thuộc hộ nghèo, người "
        "khuyết tật, thân nhân người có công với cách mạng)",
        "Trường hợp phải xác minh thì thời hạn không quá 20 ngày.",
        phi_truc_tuyen="7,500 VNĐ(Nộp hồ sơ trực tuyến: 7.500 đồng/bản)"),
    thanh_phan_ho_so=ho_so(
        ("* Giấy tờ phải nộp:", [
            ("- Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu;",
             TK_TTHN, CHINH),
            ("- Bản án, quyết định ly hôn đã có hiệu lực hoặc trích lục khai tử "
             "của vợ, chồng, nếu người yêu cầu đã từng kết hôn.", None, SAO),
        ]),
        ("* Giấy tờ phải xuất trình:", [
            ("- Giấy tờ tùy thân của người yêu cầu.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH, TT_PHI_HDND),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Giấy xác nhận tình trạng hôn nhân có giá trị 06 tháng kể "
    "từ ngày cấp và chỉ dùng cho mục đích ghi trong giấy.",
    ket_qua_xu_ly=ket_qua("Giấy xác nhận tình trạng hôn nhân", "000104"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[TK_TTHN],
)

thu_tuc(
    ma_thu_tuc="9.000105",
    ten_thu_tuc="Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng "
    "ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    cap_thuc_hien="Cấp xã",
    loai_thu_tuc="Loại khác",
    linh_vuc="Hộ tịch",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    co_quan_phoi_hop="Công an xã, phường; Bảo hiểm xã hội tỉnh Minh Sơn",
    thu_tuc_lien_quan="9.000101 - Đăng ký khai sinh",
    trinh_tu_thuc_hien=buoc(
        "Cha hoặc mẹ của trẻ khai một tờ khai điện tử liên thông trên Cổng Dịch "
        "vụ công tỉnh Minh Sơn hoặc nộp hồ sơ giấy tại Bộ phận Một cửa của UBND "
        "xã, phường.",
        "UBND xã, phường đăng ký khai sinh và chuyển thông tin sang Công an xã, "
        "phường để đăng ký thường trú cho trẻ.",
        "Công an xã, phường cập nhật thông tin cư trú và chuyển thông tin sang "
        "cơ quan bảo hiểm xã hội.",
        "Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ; người yêu cầu "
        "nhận các kết quả trong tài khoản hoặc tại Bộ phận Một cửa."),
    cach_thuc_thuc_hien=cach(
        (TRUC_TUYEN, "05 Ngày làm việc", "Miễn phí",
         "Đăng ký khai sinh 01 ngày làm việc; đăng ký thường trú 03 ngày làm "
         "việc; cấp thẻ bảo hiểm y tế 01 ngày làm việc."),
        (TRUC_TIEP, "05 Ngày làm việc", "Miễn phí", "")),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Tờ khai điện tử liên thông (gồm thông tin đăng ký khai sinh, "
             "đăng ký thường trú và cấp thẻ bảo hiểm y tế);", TK_KHAI_SINH,
             CHINH),
            ("- Giấy chứng sinh, hoặc bản điện tử Giấy chứng sinh do cơ sở y tế "
             "gửi.", None, CHINH),
            ("- Ý kiến đồng ý của chủ hộ hoặc chủ sở hữu chỗ ở hợp pháp, nếu trẻ "
             "đăng ký thường trú tại chỗ ở không thuộc sở hữu của cha, mẹ.",
             None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(LUAT_HO_TICH, ("Luật Cư trú", "68/2020/QH14"),
                          ("Luật Bảo hiểm y tế", "25/2008/QH12"), ND_HO_TICH_DT),
    co_quan_thuc_hien="UBND xã, phường; Công an xã, phường; Bảo hiểm xã hội "
    "tỉnh Minh Sơn",
    ket_qua_xu_ly=ket_qua("Giấy khai sinh; thông báo kết quả đăng ký thường trú; "
                          "thẻ bảo hiểm y tế của trẻ", "000105"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[TK_KHAI_SINH],
)

# ======================================================================
# Chứng thực
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000106",
    ten_thu_tuc="Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, "
    "tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    cap_thuc_hien="Cấp xã",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Chứng thực",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người nước ngoài, Tổ chức (không "
    "bao gồm doanh nghiệp, HTX), Doanh nghiệp",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Người yêu cầu xuất trình bản chính và nộp bản chụp (hoặc đề nghị chụp "
        "tại chỗ) tại Bộ phận Một cửa của bất kỳ UBND xã, phường nào trong tỉnh.",
        "Người thực hiện chứng thực đối chiếu bản chụp với bản chính; nếu đúng "
        "thì ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng "
        "thực.",
        "Người yêu cầu nộp phí và nhận bản sao đã được chứng thực."),
    cach_thuc_thuc_hien=cach(
        (TRUC_TIEP, "Trong ngày",
         "2,000 VNĐ(2.000 đồng/trang đối với hai trang đầu; từ trang thứ ba trở "
         "lên 1.000 đồng/trang, tối đa 200.000 đồng/bản)",
         "Nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp "
         "theo; yêu cầu chứng thực số lượng lớn thì hẹn thời gian trả kết quả.")),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (để "
             "đối chiếu);", None, CHINH),
            ("- Bản chụp giấy tờ, văn bản cần chứng thực, nếu người yêu cầu tự "
             "chuẩn bị.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(ND_CHUNG_THUC, TT_CHUNG_THUC, TT_PHI_CHUNG_THUC),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa "
    "chữa, thêm, bớt nội dung không hợp lệ; bị hư hỏng, cũ nát không xác định "
    "được nội dung; có đóng dấu mật hoặc ghi rõ không được sao chụp; có nội "
    "dung trái pháp luật, đạo đức xã hội.",
    ket_qua_xu_ly=ket_qua("Bản sao được chứng thực từ bản chính", "000106"),
    ma_co_quan=XA,
    muc_do=1,
    huong_dan_truc_tuyen="Thủ tục này không nộp trực tuyến vì người yêu cầu phải "
    "xuất trình bản chính. Xem địa chỉ và giờ làm việc của các UBND xã, phường "
    "trên trang này; có thể yêu cầu chứng thực tại bất kỳ xã, phường nào, không "
    "phụ thuộc nơi cư trú.",
)

thu_tuc(
    ma_thu_tuc="9.000107",
    ten_thu_tuc="Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả "
    "trường hợp chứng thực điểm chỉ)",
    cap_thuc_hien="Cấp xã",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Chứng thực",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người nước ngoài",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Người yêu cầu nộp giấy tờ, văn bản cần chứng thực chữ ký và xuất trình "
        "giấy tờ tùy thân tại Bộ phận Một cửa của UBND xã, phường.",
        "Người thực hiện chứng thực kiểm tra giấy tờ; người yêu cầu ký (hoặc "
        "điểm chỉ) trước mặt người thực hiện chứng thực.",
        "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu, ghi vào sổ "
        "chứng thực và trả kết quả."),
    cach_thuc_thuc_hien=cach(
        (TRUC_TIEP, "08 Giờ làm việc",
         "10,000 Việt Nam Đồng(10.000 đồng/trường hợp)",
         "Trả kết quả trong ngày; nếu nhận yêu cầu sau 15 giờ thì trả trong ngày "
         "làm việc tiếp theo.")),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Phiếu yêu cầu chứng thực (đối với trường hợp cần ghi rõ nội "
             "dung yêu cầu);", PHIEU_CHUNG_THUC, CHINH),
            ("- Giấy tờ, văn bản mà mình sẽ ký.", None, CHINH),
            ("- Giấy tờ tùy thân còn giá trị sử dụng (xuất trình).", None,
             CHINH),
        ])),
    can_cu_phap_ly=can_cu(ND_CHUNG_THUC, TT_CHUNG_THUC, TT_PHI_CHUNG_THUC),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Người yêu cầu chứng thực phải ký trước mặt người thực "
    "hiện chứng thực; không chứng thực chữ ký trong giấy tờ có nội dung là hợp "
    "đồng, giao dịch (trừ trường hợp pháp luật có quy định khác).",
    ket_qua_xu_ly=ket_qua("Giấy tờ, văn bản đã được chứng thực chữ ký", "000107"),
    ma_co_quan=XA,
    muc_do=2,
    bieu_mau=[PHIEU_CHUNG_THUC],
)

thu_tuc(
    ma_thu_tuc="9.000108",
    ten_thu_tuc="Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động "
    "sản",
    cap_thuc_hien="Cấp xã",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Chứng thực",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người nước ngoài",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Các bên nộp hồ sơ yêu cầu chứng thực tại Bộ phận Một cửa của UBND xã, "
        "phường.",
        "Người tiếp nhận kiểm tra giấy tờ; nếu hồ sơ đầy đủ, nội dung hợp đồng "
        "không trái pháp luật thì các bên ký trước mặt người thực hiện chứng "
        "thực.",
        "Chủ tịch hoặc Phó Chủ tịch UBND xã, phường ký chứng thực; các bên nộp "
        "phí và nhận hợp đồng đã được chứng thực."),
    cach_thuc_thuc_hien=cach(
        (TRUC_TIEP, "02 Ngày làm việc",
         "50.000 đồng(50.000 đồng/hồ sơ; sửa đổi, bổ sung, hủy bỏ hợp đồng, "
         "giao dịch: 30.000 đồng/hồ sơ)", "")),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Phiếu yêu cầu chứng thực hợp đồng, giao dịch;",
             PHIEU_CHUNG_THUC, CHINH),
            ("- Dự thảo hợp đồng, giao dịch.", None, CHINH),
            ("- Bản sao giấy tờ tùy thân của người yêu cầu chứng thực.", None,
             SAO),
            ("- Bản sao giấy chứng nhận quyền sở hữu hoặc giấy đăng ký đối với "
             "tài sản có đăng ký quyền sở hữu.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(("Bộ luật Dân sự", "91/2015/QH13"), ND_CHUNG_THUC,
                          TT_CHUNG_THUC, TT_PHI_CHUNG_THUC),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Các bên tham gia hợp đồng, giao dịch phải có mặt và ký "
    "trước mặt người thực hiện chứng thực; người yêu cầu chứng thực chịu trách "
    "nhiệm về nội dung, tính hợp pháp của hợp đồng, giao dịch.",
    ket_qua_xu_ly=ket_qua("Hợp đồng, giao dịch được chứng thực", "000108"),
    ma_co_quan=XA,
    muc_do=2,
    bieu_mau=[PHIEU_CHUNG_THUC],
)

# ======================================================================
# Lý lịch tư pháp
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000109",
    ten_thu_tuc="Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước "
    "ngoài đang cư trú tại Việt Nam",
    so_quyet_dinh="1498/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Lý lịch tư pháp",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người nước ngoài",
    co_quan_co_tham_quyen="Sở Tư pháp",
    co_quan_phoi_hop="Công an tỉnh Minh Sơn; Trung tâm Lý lịch tư pháp quốc gia",
    trinh_tu_thuc_hien=buoc(
        "Người yêu cầu nộp tờ khai và giấy tờ tại Trung tâm Phục vụ hành chính "
        "công tỉnh, nộp trực tuyến hoặc gửi qua dịch vụ bưu chính.",
        "Sở Tư pháp tra cứu thông tin lý lịch tư pháp; nếu cần thì đề nghị Công "
        "an tỉnh và Trung tâm Lý lịch tư pháp quốc gia cung cấp, xác minh thông "
        "tin.",
        "Giám đốc Sở Tư pháp ký Phiếu lý lịch tư pháp.",
        "Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính "
        "hoặc bản điện tử trong tài khoản của người yêu cầu."),
    cach_thuc_thuc_hien=kenh(
        4, "10 Ngày làm việc",
        "200,000 VNĐ(200.000 đồng/lần/người; sinh viên, người có công với cách "
        "mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; trẻ em, người cao "
        "tuổi, người khuyết tật, người thuộc hộ nghèo được miễn)",
        "Trường hợp người được cấp Phiếu đã cư trú ở nhiều nơi, có thời gian "
        "cư trú ở nước ngoài, là người nước ngoài hoặc phải xác minh điều kiện "
        "đương nhiên được xóa án tích thì không quá 15 ngày."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu;", TK_LLTP,
             CHINH),
            ("- Bản chụp giấy tờ tùy thân của người được cấp Phiếu.", None, SAO),
            ("- Văn bản ủy quyền, nếu ủy quyền làm thủ tục yêu cầu cấp Phiếu số "
             "1 (không cần ủy quyền khi người được ủy quyền là cha, mẹ, vợ, "
             "chồng, con của người được cấp Phiếu).", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Lý lịch tư pháp", "28/2009/QH12"),
        ("Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của "
         "Luật Lý lịch tư pháp", "111/2010/NĐ-CP"),
        ("Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí "
         "cung cấp thông tin lý lịch tư pháp", "244/2016/TT-BTC")),
    co_quan_thuc_hien="Sở Tư pháp tỉnh Minh Sơn",
    ket_qua_xu_ly=ket_qua("Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc "
                          "bản điện tử)", "000109"),
    ma_co_quan=[SO_TU_PHAP, TT_HCC],
    muc_do=4,
    bieu_mau=[TK_LLTP],
)

# ======================================================================
# Đất đai
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000110",
    ten_thu_tuc="Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận "
    "quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
    so_quyet_dinh="1536/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh, Cấp xã",
    linh_vuc="Đất đai",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người Việt Nam định cư ở nước "
    "ngoài, Tổ chức (không bao gồm doanh nghiệp, HTX), Doanh nghiệp",
    co_quan_co_tham_quyen="UBND xã, phường; Văn phòng Đăng ký đất đai tỉnh",
    dia_chi_tiep_nhan=NOI_XA + " nơi có đất; Trung tâm Phục vụ hành chính công "
    "tỉnh Minh Sơn",
    co_quan_phoi_hop="Cơ quan thuế",
    thu_tuc_lien_quan="9.000111 - Cấp đổi Giấy chứng nhận quyền sử dụng đất, "
    "quyền sở hữu tài sản gắn liền với đất",
    trinh_tu_thuc_hien=buoc(
        "Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa của UBND xã, phường "
        "nơi có đất hoặc tại Trung tâm Phục vụ hành chính công tỉnh.",
        "UBND xã, phường xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp "
        "và sự phù hợp với quy hoạch; niêm yết công khai kết quả kiểm tra trong "
        "15 ngày.",
        "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, trích đo địa chính thửa đất "
        "nếu cần, gửi thông tin để cơ quan thuế xác định nghĩa vụ tài chính.",
        "Người sử dụng đất nộp nghĩa vụ tài chính theo thông báo của cơ quan "
        "thuế.",
        "Cơ quan có thẩm quyền ký cấp Giấy chứng nhận; Văn phòng Đăng ký đất đai "
        "cập nhật hồ sơ địa chính và trả kết quả."),
    cach_thuc_thuc_hien=kenh(
        3, "20 Ngày làm việc",
        "100,000 VNĐ(Lệ phí cấp Giấy chứng nhận: 100.000 đồng/giấy đối với tổ "
        "chức; 25.000 đồng/giấy đối với cá nhân. Phí thẩm định hồ sơ theo Nghị "
        "quyết của Hội đồng nhân dân tỉnh Minh Sơn)",
        "Không tính thời gian niêm yết công khai, thời gian xác định và thực "
        "hiện nghĩa vụ tài chính; các xã miền núi được tăng thêm 10 ngày làm "
        "việc."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu;",
             DON_DK_DAT, CHINH),
            ("- Một trong các giấy tờ về quyền sử dụng đất theo quy định của "
             "Luật Đất đai (nếu có).", None, SAO),
            ("- Giấy tờ về tài sản gắn liền với đất, nếu đề nghị chứng nhận "
             "quyền sở hữu tài sản.", None, SAO),
            ("- Mảnh trích đo bản đồ địa chính thửa đất, nếu nơi chưa có bản đồ "
             "địa chính.", None, CHINH),
            ("- Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về miễn, giảm "
             "nghĩa vụ tài chính (nếu có).", None, CHINH_SAO),
        ])),
    can_cu_phap_ly=can_cu(LUAT_DAT_DAI, ND_DAT_DAI, TT_DAT_DAI),
    co_quan_thuc_hien="Văn phòng Đăng ký đất đai tỉnh Minh Sơn; UBND xã, phường",
    yeu_cau_dieu_kien="Thửa đất không có tranh chấp, không thuộc trường hợp đã "
    "có quyết định thu hồi đất; việc sử dụng đất phù hợp với quy hoạch sử dụng "
    "đất hoặc quy hoạch chi tiết xây dựng đã được phê duyệt.",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài "
                          "sản gắn liền với đất; hồ sơ địa chính được cập nhật",
                          "000110"),
    ma_co_quan=[VP_DK_DAT_DAI] + XA,
    muc_do=3,
    bieu_mau=[DON_DK_DAT, DON_DK_DAT_ODT],
)

thu_tuc(
    ma_thu_tuc="9.000111",
    ten_thu_tuc="Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài "
    "sản gắn liền với đất",
    so_quyet_dinh="1536/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh, Cấp xã",
    linh_vuc="Đất đai",
    doi_tuong_thuc_hien="Công dân Việt Nam, Tổ chức (không bao gồm doanh "
    "nghiệp, HTX), Doanh nghiệp",
    co_quan_co_tham_quyen="Văn phòng Đăng ký đất đai tỉnh",
    dia_chi_tiep_nhan=NOI_XA + " nơi có đất; Trung tâm Phục vụ hành chính công "
    "tỉnh Minh Sơn",
    trinh_tu_thuc_hien=buoc(
        "Người sử dụng đất nộp đơn và Giấy chứng nhận đã cấp tại Bộ phận Một "
        "cửa hoặc nộp trực tuyến.",
        "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, xác nhận lý do cấp đổi (giấy "
        "bị ố, nhòe, rách, hư hỏng; đo đạc lại diện tích; đổi sang mẫu mới theo "
        "nhu cầu).",
        "Văn phòng Đăng ký đất đai in Giấy chứng nhận mới, cập nhật hồ sơ địa "
        "chính, thu hồi Giấy chứng nhận cũ và trả kết quả."),
    cach_thuc_thuc_hien=kenh(
        3, "07 Ngày làm việc",
        "50,000 VNĐ(50.000 đồng/giấy đối với tổ chức; 20.000 đồng/giấy đối với "
        "cá nhân)",
        "Trường hợp cấp đổi đồng loạt sau đo đạc lập bản đồ địa chính thì không "
        "quá 50 ngày làm việc."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo "
             "mẫu;", DON_BIEN_DONG, CHINH),
            ("- Bản gốc Giấy chứng nhận đã cấp.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(LUAT_DAT_DAI, ND_DAT_DAI, TT_DAT_DAI),
    co_quan_thuc_hien="Văn phòng Đăng ký đất đai tỉnh Minh Sơn",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài "
                          "sản gắn liền với đất (cấp đổi)", "000111"),
    ma_co_quan=[VP_DK_DAT_DAI] + XA,
    muc_do=3,
    bieu_mau=[DON_BIEN_DONG],
)

thu_tuc(
    ma_thu_tuc="9.000112",
    ten_thu_tuc="Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn "
    "liền với đất do chuyển nhượng, tặng cho, thừa kế",
    so_quyet_dinh="1536/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh, Cấp xã",
    linh_vuc="Đất đai",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người Việt Nam định cư ở nước "
    "ngoài, Doanh nghiệp",
    co_quan_co_tham_quyen="Văn phòng Đăng ký đất đai tỉnh",
    dia_chi_tiep_nhan=NOI_XA + " nơi có đất; Trung tâm Phục vụ hành chính công "
    "tỉnh Minh Sơn",
    co_quan_phoi_hop="Cơ quan thuế",
    trinh_tu_thuc_hien=buoc(
        "Người nhận chuyển nhượng, nhận tặng cho, nhận thừa kế nộp hồ sơ trong "
        "thời hạn 30 ngày kể từ ngày hợp đồng, văn bản có hiệu lực.",
        "Văn phòng Đăng ký đất đai kiểm tra hồ sơ và gửi thông tin đến cơ quan "
        "thuế để xác định nghĩa vụ tài chính.",
        "Người sử dụng đất nộp thuế thu nhập cá nhân, lệ phí trước bạ theo "
        "thông báo (hoặc nộp giấy tờ chứng minh được miễn).",
        "Văn phòng Đăng ký đất đai xác nhận nội dung biến động trên Giấy chứng "
        "nhận hoặc cấp Giấy chứng nhận mới, cập nhật hồ sơ địa chính và trả kết "
        "quả."),
    cach_thuc_thuc_hien=kenh(
        3, "10 Ngày làm việc",
        "25,000 VNĐ(Lệ phí cấp Giấy chứng nhận mới: 25.000 đồng/giấy đối với "
        "cá nhân, 100.000 đồng/giấy đối với tổ chức; thuế thu nhập cá nhân và "
        "lệ phí trước bạ nộp theo thông báo của cơ quan thuế)",
        "Không tính thời gian thực hiện nghĩa vụ tài chính."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo "
             "mẫu;", DON_BIEN_DONG, CHINH),
            ("- Hợp đồng, văn bản về chuyển nhượng, tặng cho hoặc văn bản về "
             "thừa kế đã được công chứng hoặc chứng thực.", None, CHINH),
            ("- Bản gốc Giấy chứng nhận đã cấp.", None, CHINH),
            ("- Tờ khai thuế thu nhập cá nhân và tờ khai lệ phí trước bạ.",
             None, "2 bản chính"),
        ])),
    can_cu_phap_ly=can_cu(LUAT_DAT_DAI, ND_DAT_DAI, TT_DAT_DAI),
    co_quan_thuc_hien="Văn phòng Đăng ký đất đai tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Có Giấy chứng nhận; đất không có tranh chấp hoặc tranh "
    "chấp đã được giải quyết; quyền sử dụng đất không bị kê biên để bảo đảm "
    "thi hành án; còn trong thời hạn sử dụng đất.",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận đã xác nhận nội dung biến động hoặc "
                          "Giấy chứng nhận mới", "000112"),
    ma_co_quan=[VP_DK_DAT_DAI] + XA,
    muc_do=3,
    bieu_mau=[DON_BIEN_DONG],
)

# ======================================================================
# Xây dựng
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000113",
    ten_thu_tuc="Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
    so_quyet_dinh="1541/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Xây dựng",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng tại Bộ phận Một "
        "cửa của UBND xã, phường nơi xây dựng hoặc nộp trực tuyến.",
        "Trong 07 ngày làm việc, UBND xã, phường kiểm tra thực địa; nếu hồ sơ "
        "cần bổ sung thì thông báo một lần bằng văn bản.",
        "UBND xã, phường thẩm định hồ sơ, đối chiếu điều kiện cấp giấy phép "
        "theo quy định.",
        "Chủ tịch UBND xã, phường cấp giấy phép xây dựng kèm bản vẽ có đóng dấu "
        "hoặc có văn bản trả lời nêu rõ lý do không cấp."),
    cach_thuc_thuc_hien=kenh(
        3, "15 Ngày làm việc",
        "75,000 VNĐ(Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ: 75.000 "
        "đồng/giấy phép)",
        "Thời hạn tính từ ngày nhận đủ hồ sơ hợp lệ."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp giấy phép xây dựng theo mẫu;", DON_GPXD, CHINH),
            ("- Bản sao giấy tờ hợp pháp về quyền sử dụng đất.", None, SAO),
            ("- Hai bộ bản vẽ thiết kế xây dựng: mặt bằng công trình trên lô "
             "đất, mặt bằng, mặt cắt, mặt đứng chính, mặt bằng móng và sơ đồ "
             "đấu nối hạ tầng kỹ thuật.", None, "2 bản chính"),
            ("- Bản cam kết bảo đảm an toàn đối với công trình liền kề, nếu "
             "công trình xây chen có tầng hầm.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(LUAT_XAY_DUNG, LUAT_XAY_DUNG_SD, ND_XAY_DUNG),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Phù hợp với mục đích sử dụng đất theo quy hoạch sử dụng "
    "đất, quy hoạch chi tiết được phê duyệt; bảo đảm an toàn cho công trình và "
    "công trình lân cận; bảo đảm khoảng cách an toàn đến công trình hạ tầng kỹ "
    "thuật, hành lang bảo vệ đường bộ.",
    ket_qua_xu_ly=ket_qua("Giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu",
                          "000113"),
    ma_co_quan=XA,
    muc_do=3,
    bieu_mau=[DON_GPXD],
)

thu_tuc(
    ma_thu_tuc="9.000114",
    ten_thu_tuc="Cấp giấy phép xây dựng mới đối với công trình cấp II, cấp III "
    "(công trình không theo tuyến)",
    so_quyet_dinh="1541/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Xây dựng",
    doi_tuong_thuc_hien="Doanh nghiệp, Hợp tác xã, Tổ chức (không bao gồm doanh "
    "nghiệp, HTX)",
    co_quan_co_tham_quyen="Sở Xây dựng",
    trinh_tu_thuc_hien=buoc(
        "Chủ đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc "
        "nộp trực tuyến.",
        "Sở Xây dựng kiểm tra hồ sơ, thực địa và lấy ý kiến các cơ quan quản lý "
        "nhà nước liên quan nếu cần.",
        "Giám đốc Sở Xây dựng cấp giấy phép xây dựng hoặc trả lời bằng văn bản "
        "nêu rõ lý do không cấp."),
    cach_thuc_thuc_hien=kenh(
        3, "20 Ngày làm việc",
        "150,000 VNĐ(150.000 đồng/giấy phép)",
        "Trường hợp cần xem xét thêm thì thời hạn được kéo dài không quá 10 "
        "ngày làm việc."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp giấy phép xây dựng theo mẫu;", DON_GPXD, CHINH),
            ("- Bản sao giấy tờ hợp pháp về đất đai.", None, SAO),
            ("- Văn bản thông báo kết quả thẩm định thiết kế xây dựng của cơ "
             "quan chuyên môn về xây dựng.", None, SAO),
            ("- Hai bộ bản vẽ thiết kế xây dựng đã được thẩm định.", None,
             "2 bản chính"),
        ])),
    can_cu_phap_ly=can_cu(LUAT_XAY_DUNG, LUAT_XAY_DUNG_SD, ND_XAY_DUNG),
    co_quan_thuc_hien="Sở Xây dựng tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Phù hợp với quy hoạch xây dựng được phê duyệt; thiết kế "
    "xây dựng đã được thẩm định theo quy định; bảo đảm các yêu cầu về phòng "
    "cháy, chữa cháy và bảo vệ môi trường.",
    ket_qua_xu_ly=ket_qua("Giấy phép xây dựng", "000114"),
    ma_co_quan=[SO_XAY_DUNG, TT_HCC],
    muc_do=3,
    bieu_mau=[DON_GPXD],
)

# ======================================================================
# Đăng ký kinh doanh
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000115",
    ten_thu_tuc="Đăng ký thành lập hộ kinh doanh",
    so_quyet_dinh="1552/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Đăng ký kinh doanh",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    dia_chi_tiep_nhan=NOI_XA + " nơi đặt địa điểm kinh doanh",
    co_quan_phoi_hop="Cơ quan thuế",
    trinh_tu_thuc_hien=buoc(
        "Chủ hộ kinh doanh nộp hồ sơ tại Bộ phận Một cửa của UBND xã, phường "
        "nơi đặt trụ sở hộ kinh doanh hoặc nộp trực tuyến.",
        "Cơ quan đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ và tên hộ "
        "kinh doanh.",
        "Nếu hồ sơ hợp lệ, cấp Giấy chứng nhận đăng ký hộ kinh doanh; nếu không "
        "hợp lệ, thông báo bằng văn bản nội dung cần sửa đổi, bổ sung."),
    cach_thuc_thuc_hien=kenh(
        4, "03 Ngày làm việc",
        "100,000 VNĐ(Lệ phí đăng ký hộ kinh doanh theo Nghị quyết của Hội đồng "
        "nhân dân tỉnh Minh Sơn: 100.000 đồng/lần)", "",
        phi_truc_tuyen="Miễn phí(Miễn lệ phí khi đăng ký qua mạng điện tử)"),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Giấy đề nghị đăng ký hộ kinh doanh;", GIAY_HKD, CHINH),
            ("- Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh "
             "doanh, nếu các thành viên hộ gia đình cùng đăng ký.", None, SAO),
            ("- Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh "
             "doanh (nếu có).", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(LUAT_DOANH_NGHIEP, ND_DKDN),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Ngành, nghề đăng ký kinh doanh không bị cấm; tên hộ kinh "
    "doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi xã, "
    "phường; nộp đủ lệ phí đăng ký.",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận đăng ký hộ kinh doanh", "000115"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[GIAY_HKD],
)

thu_tuc(
    ma_thu_tuc="9.000116",
    ten_thu_tuc="Đăng ký thành lập doanh nghiệp tư nhân",
    so_quyet_dinh="1552/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Đăng ký kinh doanh",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Sở Tài chính",
    co_quan_phoi_hop="Cơ quan thuế",
    trinh_tu_thuc_hien=buoc(
        "Chủ doanh nghiệp nộp hồ sơ trực tuyến qua Hệ thống thông tin quốc gia "
        "về đăng ký doanh nghiệp, trên Cổng Dịch vụ công tỉnh hoặc tại Trung "
        "tâm Phục vụ hành chính công tỉnh.",
        "Phòng Đăng ký kinh doanh thuộc Sở Tài chính kiểm tra tính hợp lệ của "
        "hồ sơ.",
        "Cấp Giấy chứng nhận đăng ký doanh nghiệp và mã số doanh nghiệp, đồng "
        "thời là mã số thuế; nếu hồ sơ chưa hợp lệ thì thông báo để sửa đổi, "
        "bổ sung."),
    cach_thuc_thuc_hien=kenh(
        4, "03 Ngày làm việc",
        "50,000 VNĐ(Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần; phí công bố "
        "nội dung đăng ký doanh nghiệp 100.000 đồng/lần)", "",
        phi_truc_tuyen="Miễn phí(Miễn lệ phí đăng ký khi nộp hồ sơ qua mạng "
        "điện tử; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần)"),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Giấy đề nghị đăng ký doanh nghiệp tư nhân;", GIAY_DNTN, CHINH),
            ("- Bản sao giấy tờ pháp lý của chủ doanh nghiệp tư nhân, nếu thông "
             "tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(LUAT_DOANH_NGHIEP, ND_DKDN),
    co_quan_thuc_hien="Sở Tài chính tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Mỗi cá nhân chỉ được quyền thành lập một doanh nghiệp tư "
    "nhân; chủ doanh nghiệp tư nhân không đồng thời là chủ hộ kinh doanh, thành "
    "viên hợp danh của công ty hợp danh.",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận đăng ký doanh nghiệp", "000116"),
    ma_co_quan=[SO_TAI_CHINH, TT_HCC],
    muc_do=4,
    bieu_mau=[GIAY_DNTN],
)

# ======================================================================
# Y tế
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000117",
    ten_thu_tuc="Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với các "
    "chức danh bác sĩ, y sĩ, điều dưỡng, hộ sinh, kỹ thuật y",
    so_quyet_dinh="1560/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Y tế",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người nước ngoài",
    co_quan_co_tham_quyen="Sở Y tế",
    thu_tuc_lien_quan="9.000118 - Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh "
    "đối với người Việt Nam (đã bãi bỏ)",
    trinh_tu_thuc_hien=buoc(
        "Người đề nghị nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh "
        "hoặc nộp trực tuyến.",
        "Sở Y tế kiểm tra hồ sơ; nếu chưa đầy đủ thì thông báo bằng văn bản "
        "trong 05 ngày làm việc.",
        "Sở Y tế thẩm định hồ sơ và cấp giấy phép hành nghề; nếu không cấp thì "
        "trả lời bằng văn bản, nêu rõ lý do."),
    cach_thuc_thuc_hien=kenh(
        3, "20 Ngày làm việc",
        "300,000 VNĐ(Phí thẩm định cấp giấy phép hành nghề: 300.000 đồng/hồ sơ)",
        "Thời hạn tính từ ngày nhận đủ hồ sơ hợp lệ."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp giấy phép hành nghề theo mẫu;", DON_GPHN,
             CHINH),
            ("- Bản sao văn bằng chuyên môn phù hợp với chức danh đề nghị cấp.",
             None, SAO),
            ("- Giấy chứng nhận đủ sức khỏe để hành nghề, cấp trong thời hạn "
             "06 tháng.", None, CHINH),
            ("- Giấy xác nhận hoàn thành thực hành khám bệnh, chữa bệnh.",
             None, SAO),
            ("- Hai ảnh màu cỡ 04 cm x 06 cm, chụp không quá 06 tháng.", None,
             "2 bản chính"),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Khám bệnh, chữa bệnh", "15/2023/QH15"),
        ("Nghị định quy định chi tiết Luật Khám bệnh, chữa bệnh",
         "96/2023/NĐ-CP")),
    co_quan_thuc_hien="Sở Y tế tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Có văn bằng chuyên môn phù hợp; đã hoàn thành thời gian "
    "thực hành theo quy định; đủ sức khỏe để hành nghề; không thuộc trường hợp "
    "đang bị cấm hành nghề hoặc đang bị truy cứu trách nhiệm hình sự liên quan "
    "đến chuyên môn.",
    ket_qua_xu_ly=ket_qua("Giấy phép hành nghề khám bệnh, chữa bệnh", "000117"),
    ma_co_quan=[SO_Y_TE, TT_HCC],
    muc_do=3,
    bieu_mau=[DON_GPHN],
)

thu_tuc(
    ma_thu_tuc="9.000118",
    ten_thu_tuc="Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người "
    "Việt Nam",
    so_quyet_dinh="412/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Y tế",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Sở Y tế",
    thu_tuc_lien_quan="9.000117 - Cấp mới giấy phép hành nghề khám bệnh, chữa "
    "bệnh đối với các chức danh bác sĩ, y sĩ, điều dưỡng, hộ sinh, kỹ thuật y "
    "(thủ tục thay thế)",
    trinh_tu_thuc_hien=buoc(
        "Người đề nghị nộp hồ sơ tại Bộ phận Một cửa của Sở Y tế.",
        "Sở Y tế thẩm định hồ sơ, lấy ý kiến Hội đồng tư vấn cấp chứng chỉ "
        "hành nghề.",
        "Giám đốc Sở Y tế cấp chứng chỉ hành nghề hoặc trả lời bằng văn bản."),
    cach_thuc_thuc_hien=kenh(
        2, "40 Ngày",
        "360,000 VNĐ(Phí thẩm định cấp chứng chỉ hành nghề: 360.000 đồng/hồ "
        "sơ)", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp chứng chỉ hành nghề theo mẫu;", DON_CCHN,
             CHINH),
            ("- Bản sao văn bằng chuyên môn.", None, SAO),
            ("- Giấy xác nhận quá trình thực hành.", None, CHINH),
            ("- Giấy chứng nhận đủ sức khỏe để hành nghề.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Khám bệnh, chữa bệnh", "40/2009/QH12"),
        ("Nghị định quy định chi tiết thi hành một số điều của Luật Khám bệnh, "
         "chữa bệnh", "109/2016/NĐ-CP")),
    co_quan_thuc_hien="Sở Y tế tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Thủ tục đã bãi bỏ từ ngày 01/01/2024, khi Luật Khám bệnh, "
    "chữa bệnh số 15/2023/QH15 có hiệu lực; chứng chỉ hành nghề đã cấp được "
    "tiếp tục sử dụng theo quy định chuyển tiếp.",
    ket_qua_xu_ly=ket_qua("Chứng chỉ hành nghề khám bệnh, chữa bệnh", "000118"),
    ma_co_quan=[SO_Y_TE],
    muc_do=2,
    bieu_mau=[DON_CCHN],
    ngay_hieu_luc="2017-01-01",
    huong_dan_truc_tuyen="Thủ tục đã bãi bỏ, không tiếp nhận hồ sơ mới. Để được "
    "cấp giấy phép hành nghề, sử dụng thủ tục 9.000117.",
    trang_thai="abolished",
)

# ======================================================================
# Bảo trợ xã hội
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000119",
    ten_thu_tuc="Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
    so_quyet_dinh="1567/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Bảo trợ xã hội",
    doi_tuong_thuc_hien="Công dân Việt Nam, Tổ chức (không bao gồm doanh "
    "nghiệp, HTX)",
    co_quan_co_tham_quyen="Chủ tịch UBND xã, phường",
    thu_tuc_lien_quan="9.000102 - Đăng ký khai tử",
    trinh_tu_thuc_hien=buoc(
        "Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng nộp tờ khai "
        "tại Bộ phận Một cửa của UBND xã, phường nơi người chết cư trú hoặc nộp "
        "trực tuyến.",
        "Công chức phụ trách lao động – xã hội kiểm tra hồ sơ, đối chiếu danh "
        "sách đối tượng bảo trợ xã hội.",
        "Chủ tịch UBND xã, phường quyết định hỗ trợ chi phí mai táng; kinh phí "
        "được chi trả cho người tổ chức mai táng."),
    cach_thuc_thuc_hien=kenh(3, "03 Ngày làm việc", "Miễn phí", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu;", TK_MAI_TANG,
             CHINH),
            ("- Bản sao giấy báo tử hoặc trích lục khai tử.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(ND_TRO_GIUP_XH, ND_TRO_GIUP_XH_SD),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Người chết là đối tượng đang hưởng trợ cấp xã hội hằng "
    "tháng hoặc thuộc diện được hỗ trợ chi phí mai táng theo quy định; hồ sơ "
    "nộp trong thời hạn quy định kể từ ngày người đó chết.",
    ket_qua_xu_ly=ket_qua("Quyết định hỗ trợ chi phí mai táng của Chủ tịch UBND "
                          "xã, phường", "000119"),
    ma_co_quan=XA,
    muc_do=3,
    bieu_mau=[TK_MAI_TANG],
)

thu_tuc(
    ma_thu_tuc="9.000120",
    ten_thu_tuc="Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, "
    "hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng",
    so_quyet_dinh="1567/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Bảo trợ xã hội",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Chủ tịch UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Đối tượng hoặc người giám hộ nộp tờ khai tại Bộ phận Một cửa của UBND "
        "xã, phường nơi cư trú hoặc nộp trực tuyến.",
        "Công chức phụ trách lao động – xã hội xem xét hồ sơ, xác minh khi cần "
        "và niêm yết công khai danh sách trong 02 ngày làm việc.",
        "Chủ tịch UBND xã, phường quyết định trợ cấp xã hội hằng tháng; trường "
        "hợp không đủ điều kiện thì trả lời bằng văn bản, nêu rõ lý do."),
    cach_thuc_thuc_hien=kenh(3, "15 Ngày làm việc", "Miễn phí",
                             "Trợ cấp được hưởng từ tháng Chủ tịch UBND xã, "
                             "phường ký quyết định."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Tờ khai đề nghị trợ giúp xã hội theo mẫu;", TK_TRO_CAP, CHINH),
            ("- Bản sao giấy xác nhận khuyết tật, nếu là người khuyết tật.",
             None, SAO),
            ("- Giấy tờ chứng minh thuộc hộ nghèo, hộ cận nghèo, nếu thông tin "
             "chưa có trong cơ sở dữ liệu.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(("Luật Người khuyết tật", "51/2010/QH12"),
                          ("Luật Người cao tuổi", "39/2009/QH12"),
                          ND_TRO_GIUP_XH, ND_TRO_GIUP_XH_SD),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Thuộc đối tượng hưởng trợ cấp xã hội hằng tháng theo "
    "Nghị định số 20/2021/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số "
    "76/2024/NĐ-CP), như trẻ em không có nguồn nuôi dưỡng, người cao tuổi thuộc "
    "hộ nghèo, người khuyết tật nặng, đặc biệt nặng.",
    ket_qua_xu_ly=ket_qua("Quyết định trợ cấp xã hội hằng tháng", "000120"),
    ma_co_quan=XA,
    muc_do=3,
    bieu_mau=[TK_TRO_CAP],
)

# ======================================================================
# Người có công
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000121",
    ten_thu_tuc="Giải quyết trợ cấp một lần và mai táng phí khi người có công "
    "với cách mạng từ trần",
    so_quyet_dinh="1570/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh, Cấp xã",
    linh_vuc="Người có công",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Sở Nội vụ",
    dia_chi_tiep_nhan=NOI_XA + " nơi người có công cư trú",
    trinh_tu_thuc_hien=buoc(
        "Thân nhân hoặc người tổ chức mai táng nộp tờ khai tại Bộ phận Một cửa "
        "của UBND xã, phường.",
        "UBND xã, phường xác nhận tờ khai và chuyển hồ sơ đến Sở Nội vụ trong "
        "05 ngày làm việc.",
        "Sở Nội vụ kiểm tra, ra quyết định trợ cấp một lần, trợ cấp mai táng "
        "trong 07 ngày làm việc và chuyển kinh phí để chi trả."),
    cach_thuc_thuc_hien=kenh(
        2, "12 Ngày làm việc", "Miễn phí",
        "UBND xã, phường: 05 ngày làm việc; Sở Nội vụ: 07 ngày làm việc."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Tờ khai đề nghị hưởng trợ cấp một lần và mai táng phí theo "
             "mẫu;", TK_NCC, CHINH),
            ("- Bản sao giấy báo tử hoặc trích lục khai tử.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Pháp lệnh Ưu đãi người có công với cách mạng", "02/2020/UBTVQH14"),
        ("Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi "
         "người có công với cách mạng", "131/2021/NĐ-CP")),
    co_quan_thuc_hien="Sở Nội vụ tỉnh Minh Sơn; UBND xã, phường",
    ket_qua_xu_ly=ket_qua("Quyết định trợ cấp một lần và trợ cấp mai táng",
                          "000121"),
    ma_co_quan=[SO_NOI_VU] + XA,
    muc_do=2,
    bieu_mau=[TK_NCC],
)

# ======================================================================
# Hòa giải ở cơ sở
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000122",
    ten_thu_tuc="Công nhận hòa giải viên",
    so_quyet_dinh="1498/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Hòa giải ở cơ sở",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Chủ tịch UBND xã, phường",
    dia_chi_tiep_nhan="Ban công tác Mặt trận ở thôn, tổ dân phố; " + NOI_XA,
    trinh_tu_thuc_hien=buoc(
        "Trưởng ban công tác Mặt trận phối hợp với trưởng thôn, tổ trưởng tổ "
        "dân phố lựa chọn, giới thiệu người đủ tiêu chuẩn và tổ chức bầu hòa "
        "giải viên.",
        "Người được đa số đại diện hộ gia đình đồng ý được đề nghị công nhận "
        "bằng văn bản gửi UBND xã, phường.",
        "Chủ tịch UBND xã, phường xem xét, ra quyết định công nhận hòa giải viên "
        "trong 05 ngày làm việc."),
    cach_thuc_thuc_hien=kenh(2, "05 Ngày làm việc", "Miễn phí", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Văn bản đề xuất công nhận hòa giải viên;", VB_HOA_GIAI, CHINH),
            ("- Biên bản bầu hòa giải viên.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Hòa giải ở cơ sở", "35/2013/QH13"),
        ("Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hòa "
         "giải ở cơ sở", "15/2014/NĐ-CP")),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Công dân Việt Nam thường trú tại cơ sở, tự nguyện tham "
    "gia hoạt động hòa giải; có phẩm chất đạo đức tốt, uy tín trong cộng đồng; "
    "có khả năng thuyết phục, vận động nhân dân; có hiểu biết pháp luật.",
    ket_qua_xu_ly=ket_qua("Quyết định công nhận hòa giải viên", "000122"),
    ma_co_quan=XA,
    muc_do=2,
    bieu_mau=[VB_HOA_GIAI],
)

# ======================================================================
# Giao thông vận tải
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000123",
    ten_thu_tuc="Đổi giấy phép lái xe",
    so_quyet_dinh="1575/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Giao thông vận tải",
    doi_tuong_thuc_hien="Công dân Việt Nam, Người nước ngoài",
    co_quan_co_tham_quyen="Công an tỉnh",
    thu_tuc_lien_quan="9.000124 - Đổi giấy phép lái xe do Sở Giao thông vận tải "
    "cấp (đã bãi bỏ)",
    trinh_tu_thuc_hien=buoc(
        "Người đề nghị nộp hồ sơ trực tuyến trên Cổng Dịch vụ công hoặc ứng "
        "dụng định danh điện tử, hoặc nộp trực tiếp tại Trung tâm Phục vụ hành "
        "chính công tỉnh.",
        "Phòng Cảnh sát giao thông Công an tỉnh kiểm tra hồ sơ, đối chiếu dữ "
        "liệu giấy phép lái xe và dữ liệu giấy khám sức khỏe điện tử.",
        "Cấp giấy phép lái xe mới; giấy phép lái xe cũ bị thu hồi (hoặc được "
        "cắt góc và trả lại nếu người đề nghị có yêu cầu).",
        "Trả kết quả qua dịch vụ bưu chính hoặc tại nơi nộp hồ sơ."),
    cach_thuc_thuc_hien=kenh(
        4, "05 Ngày làm việc",
        "135,000 VNĐ(135.000 đồng/lần cấp)", "",
        phi_truc_tuyen="115,000 VNĐ(Nộp hồ sơ trực tuyến: 115.000 đồng/lần cấp)"),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị đổi giấy phép lái xe theo mẫu;", DON_GPLX, CHINH),
            ("- Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền "
             "cấp, trừ các hạng giấy phép lái xe không yêu cầu.", None, CHINH),
            ("- Bản sao giấy phép lái xe đề nghị đổi.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Trật tự, an toàn giao thông đường bộ", "36/2024/QH15"),
        ("Thông tư quy định về sát hạch, cấp giấy phép lái xe", "12/2025/TT-BCA"),
        ("Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, "
         "lệ phí trong lĩnh vực giao thông đường bộ", "37/2023/TT-BTC")),
    co_quan_thuc_hien="Công an tỉnh Minh Sơn (Phòng Cảnh sát giao thông)",
    yeu_cau_dieu_kien="Giấy phép lái xe đề nghị đổi do cơ quan có thẩm quyền "
    "của Việt Nam cấp, không bị tẩy xóa, không đang bị thu hồi hoặc tạm giữ.",
    ket_qua_xu_ly=ket_qua("Giấy phép lái xe", "000123"),
    ma_co_quan=[CONG_AN, TT_HCC],
    muc_do=4,
    bieu_mau=[DON_GPLX],
)

thu_tuc(
    ma_thu_tuc="9.000124",
    ten_thu_tuc="Đổi giấy phép lái xe do Sở Giao thông vận tải cấp",
    so_quyet_dinh="2210/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Giao thông vận tải",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Sở Giao thông vận tải",
    thu_tuc_lien_quan="9.000123 - Đổi giấy phép lái xe (thủ tục thay thế, do Công "
    "an tỉnh thực hiện từ ngày 01/3/2025)",
    trinh_tu_thuc_hien=buoc(
        "Người đề nghị nộp hồ sơ tại Bộ phận Một cửa của Sở Giao thông vận tải "
        "hoặc nộp trực tuyến.",
        "Sở Giao thông vận tải kiểm tra hồ sơ, chụp ảnh tại chỗ.",
        "Cấp giấy phép lái xe mới và trả kết quả."),
    cach_thuc_thuc_hien=kenh(
        3, "05 Ngày làm việc", "135,000 VNĐ(135.000 đồng/lần cấp)", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị đổi giấy phép lái xe theo mẫu;", DON_GPLX, CHINH),
            ("- Giấy khám sức khỏe của người lái xe.", None, CHINH),
            ("- Bản sao giấy phép lái xe và giấy tờ tùy thân.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Giao thông đường bộ", "23/2008/QH12"),
        ("Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới "
         "đường bộ", "12/2017/TT-BGTVT")),
    co_quan_thuc_hien="Sở Giao thông vận tải (nay là Sở Xây dựng tỉnh Minh Sơn)",
    yeu_cau_dieu_kien="Thủ tục đã bãi bỏ: từ ngày 01/3/2025 việc đổi giấy phép "
    "lái xe do Công an tỉnh thực hiện.",
    ket_qua_xu_ly=ket_qua("Giấy phép lái xe", "000124"),
    ma_co_quan=[SO_XAY_DUNG],
    muc_do=3,
    bieu_mau=[DON_GPLX],
    ngay_hieu_luc="2020-01-01",
    huong_dan_truc_tuyen="Thủ tục đã bãi bỏ, không tiếp nhận hồ sơ mới. Để đổi "
    "giấy phép lái xe, sử dụng thủ tục 9.000123 do Công an tỉnh thực hiện.",
    trang_thai="abolished",
)

thu_tuc(
    ma_thu_tuc="9.000125",
    ten_thu_tuc="Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, "
    "xe bánh xích trên đường bộ",
    so_quyet_dinh="1575/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Giao thông vận tải",
    doi_tuong_thuc_hien="Công dân Việt Nam, Doanh nghiệp, Hợp tác xã",
    co_quan_co_tham_quyen="Sở Xây dựng",
    trinh_tu_thuc_hien=buoc(
        "Tổ chức, cá nhân nộp hồ sơ trực tuyến hoặc tại Trung tâm Phục vụ hành "
        "chính công tỉnh.",
        "Sở Xây dựng kiểm tra hồ sơ, khảo sát tuyến đường nếu cần và xác định "
        "điều kiện lưu hành.",
        "Cấp giấy phép lưu hành xe hoặc trả lời bằng văn bản nêu rõ lý do không "
        "cấp."),
    cach_thuc_thuc_hien=kenh(
        4, "02 Ngày làm việc", "Miễn phí",
        "Trường hợp phải khảo sát, kiểm định tuyến đường thì thời hạn không quá "
        "02 ngày làm việc sau khi có kết quả khảo sát."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp giấy phép lưu hành xe theo mẫu;", DON_LUU_HANH,
             CHINH),
            ("- Bản sao giấy đăng ký xe và giấy chứng nhận kiểm định an toàn kỹ "
             "thuật và bảo vệ môi trường của xe.", None, SAO),
            ("- Phương án vận chuyển đối với trường hợp phải khảo sát, kiểm định "
             "hoặc gia cố đường bộ.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Đường bộ", "35/2024/QH15"),
        ("Thông tư quy định về tải trọng, khổ giới hạn của đường bộ; lưu hành xe "
         "quá khổ giới hạn, xe quá tải trọng, xe bánh xích trên đường bộ",
         "39/2024/TT-BGTVT")),
    co_quan_thuc_hien="Sở Xây dựng tỉnh Minh Sơn",
    ket_qua_xu_ly=ket_qua("Giấy phép lưu hành xe", "000125"),
    ma_co_quan=[SO_XAY_DUNG, TT_HCC],
    muc_do=4,
    bieu_mau=[DON_LUU_HANH],
)

# ======================================================================
# Giáo dục
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000126",
    ten_thu_tuc="Cho phép thành lập nhà trẻ, trường mẫu giáo, trường mầm non tư "
    "thục",
    so_quyet_dinh="1583/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Giáo dục",
    doi_tuong_thuc_hien="Công dân Việt Nam, Doanh nghiệp, Tổ chức (không bao gồm "
    "doanh nghiệp, HTX)",
    co_quan_co_tham_quyen="Chủ tịch UBND xã, phường",
    co_quan_phoi_hop="Sở Giáo dục và Đào tạo",
    trinh_tu_thuc_hien=buoc(
        "Tổ chức, cá nhân đề nghị thành lập nộp hồ sơ tại Bộ phận Một cửa của "
        "UBND xã, phường nơi đặt trường hoặc nộp trực tuyến.",
        "UBND xã, phường kiểm tra hồ sơ, thẩm định thực tế các điều kiện về đất "
        "đai, cơ sở vật chất, đội ngũ.",
        "Chủ tịch UBND xã, phường quyết định cho phép thành lập hoặc trả lời "
        "bằng văn bản, nêu rõ lý do."),
    cach_thuc_thuc_hien=kenh(3, "20 Ngày làm việc", "Miễn phí", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Tờ trình đề nghị cho phép thành lập;", TT_MAM_NON, CHINH),
            ("- Đề án thành lập trường, gồm mục tiêu, quy mô, cơ cấu tổ chức, "
             "kế hoạch xây dựng và phát triển.", None, CHINH),
            ("- Bản sao giấy tờ chứng minh quyền sử dụng đất hoặc hợp đồng thuê "
             "địa điểm từ 05 năm trở lên.", None, SAO),
            ("- Văn bản chứng minh năng lực tài chính của tổ chức, cá nhân đề "
             "nghị thành lập.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Giáo dục", "43/2019/QH14"),
        ("Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực "
         "giáo dục", "125/2024/NĐ-CP")),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Có đề án thành lập phù hợp với quy hoạch mạng lưới cơ sở "
    "giáo dục mầm non; có đất hoặc địa điểm thuê ổn định; diện tích, phòng học, "
    "thiết bị và đội ngũ đáp ứng quy định.",
    ket_qua_xu_ly=ket_qua("Quyết định cho phép thành lập", "000126"),
    ma_co_quan=XA,
    muc_do=3,
    bieu_mau=[TT_MAM_NON],
)

thu_tuc(
    ma_thu_tuc="9.000127",
    ten_thu_tuc="Chuyển trường đối với học sinh trung học phổ thông",
    so_quyet_dinh="1583/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    loai_thu_tuc="Loại khác",
    linh_vuc="Giáo dục",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Sở Giáo dục và Đào tạo; Hiệu trưởng trường trung học "
    "phổ thông",
    trinh_tu_thuc_hien=buoc(
        "Cha, mẹ hoặc người giám hộ học sinh nộp đơn xin chuyển trường tại "
        "trường nơi chuyển đến hoặc nộp trực tuyến.",
        "Hiệu trưởng trường nơi chuyển đến tiếp nhận nếu chuyển trường trong "
        "tỉnh; trường hợp chuyển từ tỉnh khác đến, Sở Giáo dục và Đào tạo xem "
        "xét, giới thiệu học sinh về trường.",
        "Trường nơi chuyển đi trả hồ sơ học sinh; trường nơi chuyển đến tiếp "
        "nhận và xếp lớp."),
    cach_thuc_thuc_hien=kenh(3, "03 Ngày làm việc", "Miễn phí", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký;",
             DON_CHUYEN_TRUONG, CHINH),
            ("- Học bạ (bản chính).", None, CHINH),
            ("- Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi "
             "cấp.", None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Giáo dục", "43/2019/QH14"),
        ("Quy định về chuyển trường và tiếp nhận học sinh học tại các trường "
         "trung học cơ sở và trung học phổ thông", "51/2002/QĐ-BGDĐT"),
        ("Thông tư sửa đổi, bổ sung quy định về chuyển trường và tiếp nhận học "
         "sinh", "50/2021/TT-BGDĐT")),
    co_quan_thuc_hien="Sở Giáo dục và Đào tạo tỉnh Minh Sơn; trường trung học "
    "phổ thông nơi chuyển đến",
    ket_qua_xu_ly=ket_qua("Giấy giới thiệu chuyển trường; học sinh được tiếp "
                          "nhận vào học", "000127"),
    ma_co_quan=[SO_GD_DT],
    muc_do=3,
    bieu_mau=[DON_CHUYEN_TRUONG],
)

# ======================================================================
# Lao động – Việc làm
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000128",
    ten_thu_tuc="Cấp giấy phép lao động cho người lao động nước ngoài làm việc "
    "tại Việt Nam",
    so_quyet_dinh="1590/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Lao động – Việc làm",
    doi_tuong_thuc_hien="Doanh nghiệp, Tổ chức (không bao gồm doanh nghiệp, "
    "HTX), Người nước ngoài",
    co_quan_co_tham_quyen="Sở Nội vụ",
    trinh_tu_thuc_hien=buoc(
        "Người sử dụng lao động nộp hồ sơ trước ít nhất 15 ngày kể từ ngày người "
        "lao động nước ngoài dự kiến bắt đầu làm việc.",
        "Sở Nội vụ kiểm tra hồ sơ; nếu chưa hợp lệ thì thông báo để bổ sung.",
        "Sở Nội vụ cấp giấy phép lao động; trường hợp không cấp thì trả lời "
        "bằng văn bản và nêu rõ lý do."),
    cach_thuc_thuc_hien=kenh(
        4, "05 Ngày làm việc",
        "600,000 VNĐ(Lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh Minh "
        "Sơn: 600.000 đồng/giấy phép)", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao "
             "động;", VB_GPLD, CHINH),
            ("- Giấy chứng nhận sức khỏe cấp trong thời hạn 12 tháng.", None,
             CHINH),
            ("- Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người "
             "đang chấp hành hình phạt, cấp không quá 06 tháng.", None, CHINH),
            ("- Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên "
             "gia hoặc lao động kỹ thuật.", None, SAO),
            ("- Hai ảnh màu cỡ 04 cm x 06 cm.", None, "2 bản chính"),
            ("- Bản sao hộ chiếu còn giá trị.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Bộ luật Lao động", "45/2019/QH14"),
        ("Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam "
         "và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, "
         "cá nhân nước ngoài tại Việt Nam", "152/2020/NĐ-CP"),
        ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số "
         "152/2020/NĐ-CP", "70/2023/NĐ-CP")),
    co_quan_thuc_hien="Sở Nội vụ tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Người lao động nước ngoài từ đủ 18 tuổi, có năng lực hành "
    "vi dân sự đầy đủ; có trình độ chuyên môn, kinh nghiệm phù hợp; đủ sức khỏe; "
    "vị trí công việc đã được chấp thuận nhu cầu sử dụng người lao động nước "
    "ngoài.",
    ket_qua_xu_ly=ket_qua("Giấy phép lao động", "000128"),
    ma_co_quan=[SO_NOI_VU, TT_HCC],
    muc_do=4,
    bieu_mau=[VB_GPLD],
)

thu_tuc(
    ma_thu_tuc="9.000129",
    ten_thu_tuc="Giải quyết hưởng trợ cấp thất nghiệp",
    so_quyet_dinh="1590/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Lao động – Việc làm",
    doi_tuong_thuc_hien="Công dân Việt Nam",
    co_quan_co_tham_quyen="Sở Nội vụ",
    dia_chi_tiep_nhan="Trung tâm Dịch vụ việc làm tỉnh Minh Sơn và các điểm "
    "tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh",
    co_quan_phoi_hop="Bảo hiểm xã hội tỉnh Minh Sơn",
    trinh_tu_thuc_hien=buoc(
        "Người lao động nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp trong thời "
        "hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động.",
        "Trung tâm Dịch vụ việc làm tiếp nhận, kiểm tra hồ sơ, phối hợp với cơ "
        "quan bảo hiểm xã hội xác nhận thời gian đóng bảo hiểm thất nghiệp.",
        "Giám đốc Sở Nội vụ ra quyết định hưởng trợ cấp thất nghiệp; cơ quan bảo "
        "hiểm xã hội chi trả hằng tháng."),
    cach_thuc_thuc_hien=kenh(3, "20 Ngày làm việc", "Miễn phí",
                             "Thời hạn tính từ ngày nhận đủ hồ sơ."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đề nghị hưởng trợ cấp thất nghiệp theo mẫu;", DN_THAT_NGHIEP,
             CHINH),
            ("- Bản sao quyết định thôi việc hoặc giấy tờ xác nhận chấm dứt hợp "
             "đồng lao động.", None, SAO),
            ("- Sổ bảo hiểm xã hội, nếu thông tin chưa có trên cơ sở dữ liệu.",
             None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Việc làm", "38/2013/QH13"),
        ("Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về "
         "bảo hiểm thất nghiệp", "28/2015/NĐ-CP"),
        ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP",
         "61/2020/NĐ-CP")),
    co_quan_thuc_hien="Sở Nội vụ tỉnh Minh Sơn (Trung tâm Dịch vụ việc làm)",
    yeu_cau_dieu_kien="Đã chấm dứt hợp đồng lao động (trừ trường hợp đơn phương "
    "chấm dứt trái pháp luật); đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở "
    "lên trong 24 tháng trước khi chấm dứt hợp đồng; nộp hồ sơ trong thời hạn "
    "03 tháng; chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ.",
    ket_qua_xu_ly=ket_qua("Quyết định về việc hưởng trợ cấp thất nghiệp",
                          "000129"),
    ma_co_quan=[SO_NOI_VU],
    muc_do=3,
    bieu_mau=[DN_THAT_NGHIEP],
)

# ======================================================================
# Văn hóa
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000130",
    ten_thu_tuc="Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
    so_quyet_dinh="1602/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Văn hóa",
    doi_tuong_thuc_hien="Doanh nghiệp, Hộ kinh doanh",
    co_quan_co_tham_quyen="UBND xã, phường",
    co_quan_phoi_hop="Công an xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Doanh nghiệp, hộ kinh doanh nộp hồ sơ tại Bộ phận Một cửa của UBND xã, "
        "phường nơi kinh doanh hoặc nộp trực tuyến.",
        "UBND xã, phường kiểm tra hồ sơ và thẩm định thực tế điều kiện kinh "
        "doanh.",
        "Chủ tịch UBND xã, phường cấp giấy phép hoặc trả lời bằng văn bản, nêu "
        "rõ lý do."),
    cach_thuc_thuc_hien=kenh(
        3, "05 Ngày làm việc",
        "2,000,000 VNĐ(Phí thẩm định: từ 01 đến 03 phòng 2.000.000 đồng/giấy "
        "phép; từ 04 đến 05 phòng 3.000.000 đồng/giấy phép; từ 06 phòng trở lên "
        "4.000.000 đồng/giấy phép)", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp giấy phép đủ điều kiện kinh doanh dịch vụ "
             "karaoke;", DON_KARAOKE, CHINH),
            ("- Bản sao giấy chứng nhận đủ điều kiện về an ninh, trật tự.",
             None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường",
         "54/2019/NĐ-CP"),
        ("Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí "
         "thẩm định cấp giấy phép kinh doanh karaoke, vũ trường",
         "01/2021/TT-BTC")),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Là doanh nghiệp hoặc hộ kinh doanh được thành lập theo quy "
    "định; bảo đảm điều kiện về phòng, chống cháy nổ và an ninh, trật tự; phòng "
    "hát có diện tích sử dụng từ 20 m² trở lên, không kể công trình phụ; không "
    "đặt chốt cửa bên trong phòng hát.",
    ket_qua_xu_ly=ket_qua("Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
                          "000130"),
    ma_co_quan=XA,
    muc_do=3,
    bieu_mau=[DON_KARAOKE],
)

thu_tuc(
    ma_thu_tuc="9.000131",
    ten_thu_tuc="Đăng ký tổ chức lễ hội cấp xã",
    so_quyet_dinh="1602/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    loai_thu_tuc="TTHC không được luật giao cho địa phương quy định",
    linh_vuc="Văn hóa",
    doi_tuong_thuc_hien="Tổ chức (không bao gồm doanh nghiệp, HTX)",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Ban tổ chức lễ hội gửi văn bản đăng ký đến UBND xã, phường chậm nhất 20 "
        "ngày làm việc trước ngày tổ chức.",
        "UBND xã, phường xem xét nội dung, chương trình lễ hội.",
        "UBND xã, phường có văn bản đồng ý hoặc không đồng ý (nêu rõ lý do)."),
    cach_thuc_thuc_hien=kenh(2, "05 Ngày làm việc", "Miễn phí", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Văn bản đăng ký tổ chức lễ hội, nêu rõ tên lễ hội, thời gian, "
             "địa điểm, quy mô, nội dung và phương án bảo đảm an ninh, trật tự;",
             VB_LE_HOI, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Nghị định quy định về quản lý và tổ chức lễ hội", "110/2018/NĐ-CP")),
    co_quan_thuc_hien="UBND xã, phường",
    ket_qua_xu_ly=ket_qua("Văn bản đồng ý tổ chức lễ hội", "000131"),
    ma_co_quan=XA,
    muc_do=2,
    bieu_mau=[VB_LE_HOI],
)

# ======================================================================
# Thương mại
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000132",
    ten_thu_tuc="Cấp Giấy phép bán lẻ rượu",
    so_quyet_dinh="1611/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Thương mại",
    doi_tuong_thuc_hien="Doanh nghiệp, Hợp tác xã, Hộ kinh doanh",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Thương nhân nộp hồ sơ tại Bộ phận Một cửa của UBND xã, phường nơi đặt "
        "điểm bán lẻ hoặc nộp trực tuyến.",
        "UBND xã, phường kiểm tra hồ sơ; nếu chưa đầy đủ thì thông báo bổ sung "
        "trong 03 ngày làm việc.",
        "Cấp Giấy phép bán lẻ rượu hoặc trả lời bằng văn bản, nêu rõ lý do."),
    cach_thuc_thuc_hien=kenh(
        4, "10 Ngày làm việc",
        "600,000 VNĐ(Phí thẩm định: tại các phường 1.200.000 đồng/điểm kinh "
        "doanh; tại các xã 600.000 đồng/điểm kinh doanh)", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp Giấy phép bán lẻ rượu theo mẫu;", DON_RUOU,
             CHINH),
            ("- Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc đăng ký hộ "
             "kinh doanh.", None, SAO),
            ("- Bản sao hợp đồng mua bán hoặc văn bản giới thiệu của thương nhân "
             "sản xuất, phân phối hoặc bán buôn rượu.", None, SAO),
            ("- Bản cam kết địa điểm kinh doanh có quyền sử dụng hợp pháp.",
             None, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Phòng, chống tác hại của rượu, bia", "44/2019/QH14"),
        ("Nghị định về kinh doanh rượu", "105/2017/NĐ-CP"),
        ("Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan "
         "đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ "
         "Công Thương", "17/2020/NĐ-CP")),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Là doanh nghiệp, hợp tác xã hoặc hộ kinh doanh được thành "
    "lập theo quy định; có địa điểm kinh doanh cố định, địa chỉ rõ ràng; có văn "
    "bản giới thiệu hoặc hợp đồng mua bán với thương nhân có giấy phép sản xuất, "
    "phân phối hoặc bán buôn rượu.",
    ket_qua_xu_ly=ket_qua("Giấy phép bán lẻ rượu", "000132"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[DON_RUOU],
)

thu_tuc(
    ma_thu_tuc="9.000133",
    ten_thu_tuc="Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
    so_quyet_dinh="1611/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Thương mại",
    doi_tuong_thuc_hien="Doanh nghiệp",
    co_quan_co_tham_quyen="Sở Công Thương",
    co_quan_phoi_hop="Công an tỉnh Minh Sơn (phòng cháy, chữa cháy)",
    trinh_tu_thuc_hien=buoc(
        "Thương nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc "
        "nộp trực tuyến.",
        "Sở Công Thương kiểm tra hồ sơ và kiểm tra thực tế cửa hàng.",
        "Giám đốc Sở Công Thương cấp Giấy chứng nhận hoặc trả lời bằng văn bản, "
        "nêu rõ lý do."),
    cach_thuc_thuc_hien=kenh(
        3, "15 Ngày làm việc",
        "1,200,000 VNĐ(Phí thẩm định: 1.200.000 đồng/cửa hàng tại các phường; "
        "600.000 đồng/cửa hàng tại các xã)", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ "
             "xăng dầu;", DON_XANG_DAU, CHINH),
            ("- Bản kê trang thiết bị của cửa hàng bán lẻ xăng dầu.", None,
             CHINH),
            ("- Bản sao tài liệu chứng minh cửa hàng thuộc sở hữu hoặc thuê "
             "hợp pháp.", None, SAO),
            ("- Bản sao văn bản nghiệm thu về phòng cháy, chữa cháy của cơ quan "
             "có thẩm quyền.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Nghị định về kinh doanh xăng dầu", "83/2014/NĐ-CP"),
        ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số "
         "83/2014/NĐ-CP về kinh doanh xăng dầu", "80/2023/NĐ-CP")),
    co_quan_thuc_hien="Sở Công Thương tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Cửa hàng được xây dựng theo quy hoạch; thiết kế, xây "
    "dựng và trang thiết bị đáp ứng quy chuẩn kỹ thuật; đáp ứng yêu cầu về "
    "phòng cháy, chữa cháy và bảo vệ môi trường; nhân viên được đào tạo nghiệp "
    "vụ.",
    ket_qua_xu_ly=ket_qua("Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng "
                          "dầu", "000133"),
    ma_co_quan=[SO_CONG_THUONG, TT_HCC],
    muc_do=3,
    bieu_mau=[DON_XANG_DAU],
)

# ======================================================================
# Môi trường
# ======================================================================

thu_tuc(
    ma_thu_tuc="9.000134",
    ten_thu_tuc="Cấp giấy phép môi trường",
    so_quyet_dinh="1536/QĐ-UBND",
    cap_thuc_hien="Cấp tỉnh",
    linh_vuc="Môi trường",
    doi_tuong_thuc_hien="Doanh nghiệp, Hợp tác xã, Tổ chức (không bao gồm doanh "
    "nghiệp, HTX)",
    co_quan_co_tham_quyen="UBND tỉnh Minh Sơn",
    co_quan_duoc_uy_quyen="Sở Nông nghiệp và Môi trường",
    co_quan_phoi_hop="UBND xã, phường nơi thực hiện dự án",
    trinh_tu_thuc_hien=buoc(
        "Chủ dự án, cơ sở nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh "
        "hoặc nộp trực tuyến.",
        "Sở Nông nghiệp và Môi trường kiểm tra hồ sơ, tổ chức hội đồng thẩm "
        "định hoặc đoàn kiểm tra thực tế.",
        "Chủ dự án, cơ sở hoàn thiện hồ sơ theo ý kiến thẩm định (nếu có).",
        "Cơ quan có thẩm quyền cấp giấy phép môi trường."),
    cach_thuc_thuc_hien=kenh(
        3, "30 Ngày",
        "Phí : 8.000.000 đồng(Phí thẩm định cấp giấy phép môi trường theo Nghị "
        "quyết của Hội đồng nhân dân tỉnh Minh Sơn: dự án nhóm III 8.000.000 "
        "đồng/hồ sơ; dự án nhóm II 15.000.000 đồng/hồ sơ)",
        "Trường hợp không phải kiểm tra thực tế thì không quá 20 ngày."),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Văn bản đề nghị cấp giấy phép môi trường;", VB_GPMT, CHINH),
            ("- Báo cáo đề xuất cấp giấy phép môi trường.", None, CHINH),
            ("- Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương "
             "của dự án.", None, SAO),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Bảo vệ môi trường", "72/2020/QH14"),
        ("Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường",
         "08/2022/NĐ-CP"),
        ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP",
         "05/2025/NĐ-CP")),
    co_quan_thuc_hien="Sở Nông nghiệp và Môi trường tỉnh Minh Sơn",
    yeu_cau_dieu_kien="Dự án, cơ sở có phát sinh nước thải, bụi, khí thải xả ra "
    "môi trường phải được xử lý hoặc phát sinh chất thải nguy hại phải được quản "
    "lý theo quy định.",
    ket_qua_xu_ly=ket_qua("Giấy phép môi trường", "000134"),
    ma_co_quan=[SO_NN_MT, TT_HCC],
    muc_do=3,
    bieu_mau=[VB_GPMT],
)

thu_tuc(
    ma_thu_tuc="9.000135",
    ten_thu_tuc="Đăng ký môi trường",
    so_quyet_dinh="1536/QĐ-UBND",
    cap_thuc_hien="Cấp xã",
    linh_vuc="Môi trường",
    doi_tuong_thuc_hien="Doanh nghiệp, Hợp tác xã, Hộ kinh doanh, Công dân Việt "
    "Nam",
    co_quan_co_tham_quyen="UBND xã, phường",
    trinh_tu_thuc_hien=buoc(
        "Chủ dự án, cơ sở gửi phiếu đăng ký môi trường đến UBND xã, phường nơi "
        "thực hiện dự án hoặc nộp trực tuyến.",
        "UBND xã, phường tiếp nhận, cập nhật vào hệ thống cơ sở dữ liệu môi "
        "trường và hướng dẫn chủ dự án thực hiện các yêu cầu về bảo vệ môi "
        "trường."),
    cach_thuc_thuc_hien=kenh(4, "15 Ngày", "Miễn phí", ""),
    thanh_phan_ho_so=ho_so(
        ("", [
            ("- Phiếu đăng ký môi trường theo mẫu;", PHIEU_DKMT, CHINH),
        ])),
    can_cu_phap_ly=can_cu(
        ("Luật Bảo vệ môi trường", "72/2020/QH14"),
        ("Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường",
         "08/2022/NĐ-CP")),
    co_quan_thuc_hien="UBND xã, phường",
    yeu_cau_dieu_kien="Dự án, cơ sở có phát sinh chất thải thuộc đối tượng phải "
    "đăng ký môi trường và không thuộc đối tượng phải có giấy phép môi trường.",
    ket_qua_xu_ly=ket_qua("Thông báo tiếp nhận đăng ký môi trường", "000135"),
    ma_co_quan=XA,
    muc_do=4,
    bieu_mau=[PHIEU_DKMT],
)

# ======================================================================

# The one record stored in NFD (combining diacritics), as part of the real
# data is: the importer must normalise it and search must still find it.
NFD_RECORD = "9.000103"


def nfd(v):
    if isinstance(v, str):
        return unicodedata.normalize("NFD", v)
    if isinstance(v, list):
        return [nfd(x) for x in v]
    if isinstance(v, dict):
        return {k: nfd(x) for k, x in v.items()}
    return v


def main():
    codes = [r["ma_thu_tuc"] for r in RECORDS]
    if len(set(codes)) != len(codes):
        sys.exit("duplicate ma_thu_tuc")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in sorted(RECORDS, key=lambda r: r["ma_thu_tuc"]):
            if r["ma_thu_tuc"] == NFD_RECORD:
                r = nfd(r)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%s: %d procedures" % (os.path.relpath(OUT), len(RECORDS)))


if __name__ == "__main__":
    main()
