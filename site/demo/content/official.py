"""Văn bản pháp quy được trích dẫn và năm văn bản gốc (kế hoạch, báo cáo) của
Hội Khuyến học tỉnh Sơn La và Hội Khuyến học tỉnh Sóc Trăng.

Dữ liệu thuần: số liệu, ký hiệu, ngày tháng lấy từ văn bản gốc; lời văn được
viết lại, rút gọn. Tỷ lệ phần trăm của các bảng "đăng ký / đạt" không ghi ở
đây mà được tính khi hiển thị.
"""

# ---------------------------------------------------------------------------
# Sổ văn bản pháp quy (các văn bản mà năm văn bản gốc dẫn ra có ký hiệu)
#
# Mỗi trang (Site) có sổ riêng: văn bản vào sổ của trang có kế hoạch, báo cáo dẫn
# nó làm căn cứ (hai trang cùng dẫn thì mỗi trang một bản); văn bản không được dẫn
# vào sổ của trang ghi ở khóa "site", thiếu khóa này thì vào trang mặc định.
# ---------------------------------------------------------------------------

LEGAL_DOCUMENTS = [
    # --- Văn bản của Đảng ở Trung ương ---
    {
        "symbol": "11-CT/TW",
        "doc_type": "ct",
        "issuer": "Bộ Chính trị",
        "date": None,
        "title": "Tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập (Bộ Chính trị khóa X)",
    },
    {
        "symbol": "49-KL/TW",
        "doc_type": "kl",
        "issuer": "Ban Bí thư",
        "date": "2019-05-10",
        "title": "Tiếp tục thực hiện Chỉ thị 11-CT/TW về khuyến học, khuyến tài, xây dựng xã hội học tập",
    },
    {
        "symbol": "29-NQ/TW",
        "doc_type": "nq",
        "issuer": "Ban Chấp hành Trung ương Đảng",
        "date": None,
        "title": "Đổi mới căn bản, toàn diện giáo dục và đào tạo, phục vụ công nghiệp hóa, hiện đại hóa và hội nhập quốc tế",
    },
    {
        "symbol": "91-KL/TW",
        "doc_type": "kl",
        "issuer": "Bộ Chính trị",
        "date": None,
        "title": "Tiếp tục thực hiện Nghị quyết 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo",
    },
    {
        "symbol": "57-NQ/TW",
        "doc_type": "nq",
        "issuer": "Bộ Chính trị",
        "date": "2024-12-22",
        "title": "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    },
    # --- Chính phủ, Thủ tướng, bộ ngành ---
    {
        "symbol": "281/QĐ-TTg",
        "doc_type": "qd",
        "issuer": "Thủ tướng Chính phủ",
        "date": "2014-02-20",
        "title": "Đề án 281: đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020",
    },
    {
        "symbol": "14/CT-TTg",
        "doc_type": "ct",
        "issuer": "Thủ tướng Chính phủ",
        "date": "2021-05-22",
        "title": "Đẩy mạnh khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2021–2030",
    },
    {
        "symbol": "1373/QĐ-TTg",
        "doc_type": "qd",
        "issuer": "Thủ tướng Chính phủ",
        "date": "2021-07-30",
        "title": "Phê duyệt Đề án xây dựng xã hội học tập giai đoạn 2021–2030",
    },
    {
        "symbol": "387/QĐ-TTg",
        "doc_type": "qd",
        "issuer": "Thủ tướng Chính phủ",
        "date": "2022-03-25",
        "title": "Chương trình đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021–2030",
    },
    {
        "symbol": "677/QĐ-TTg",
        "doc_type": "qd",
        "issuer": "Thủ tướng Chính phủ",
        "date": "2022-06-03",
        "title": "Chương trình xây dựng mô hình Công dân học tập giai đoạn 2021–2030",
    },
    {
        "symbol": "1315/QĐ-TTg",
        "doc_type": "qd",
        "issuer": "Thủ tướng Chính phủ",
        "date": "2023-11-09",
        "title": "Kế hoạch triển khai phong trào cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời 2023–2030",
    },
    {
        "symbol": "5367/VPCP-KGVX",
        "doc_type": "cv",
        "issuer": "Văn phòng Chính phủ",
        "date": "2023-07-17",
        "title": "Rà soát tổ chức, hoạt động và chính sách đối với cán bộ Hội Khuyến học các cấp",
    },
    {
        "symbol": "93/2019/NĐ-CP",
        "doc_type": "nd",
        "issuer": "Chính phủ",
        "date": "2019-11-25",
        "title": "Tổ chức và hoạt động của quỹ xã hội, quỹ từ thiện",
    },
    {
        "symbol": "126/2024/NĐ-CP",
        "doc_type": "nd",
        "issuer": "Chính phủ",
        "date": "2024-10-08",
        "title": "Tổ chức, hoạt động và quản lý hội",
    },
    {
        "symbol": "136/2024/NĐ-CP",
        "doc_type": "nd",
        "issuer": "Chính phủ",
        "date": "2024-10-23",
        "title": "Sửa đổi, bổ sung Nghị định 93/2019/NĐ-CP về quỹ xã hội, quỹ từ thiện",
    },
    {
        "symbol": "275/QĐ-BNV",
        "doc_type": "qd",
        "issuer": "Bộ Nội vụ",
        "date": "2022-04-05",
        "title": "Phê duyệt Điều lệ sửa đổi, bổ sung của Hội Khuyến học Việt Nam",
    },
    {
        "symbol": "44/2014/TT-BGDĐT",
        "doc_type": "tt",
        "issuer": "Bộ Giáo dục và Đào tạo",
        "date": None,
        "title": "Đánh giá, xếp loại Cộng đồng học tập cấp xã (dùng trong giai đoạn Đề án 281)",
    },
    {
        "symbol": "24/2023/TT-BGDĐT",
        "doc_type": "tt",
        "issuer": "Bộ Giáo dục và Đào tạo",
        "date": None,
        "title": "Tiêu chí và đánh giá, công nhận danh hiệu Đơn vị học tập",
    },
    {
        "symbol": "25/2023/TT-BGDĐT",
        "doc_type": "tt",
        "issuer": "Bộ Giáo dục và Đào tạo",
        "date": None,
        "title": "Đánh giá, xếp loại Cộng đồng học tập cấp xã (dùng cùng Thông tư 24/2023 khi kiểm tra mô hình học tập)",
    },
    # --- Hội Khuyến học Việt Nam ---
    {
        "symbol": "242/QĐ-KHVN",
        "doc_type": "qd",
        "issuer": "Hội Khuyến học Việt Nam",
        "date": "2022-07-28",
        "title": "Bộ tiêu chí, hướng dẫn công nhận Gia đình, Dòng họ, Cộng đồng, Đơn vị học tập giai đoạn 2021–2030",
    },
    {
        "symbol": "244/QĐ-KHVN",
        "doc_type": "qd",
        "issuer": "Hội Khuyến học Việt Nam",
        "date": "2022-07-28",
        "title": "Bộ tiêu chí, hướng dẫn công nhận danh hiệu Công dân học tập giai đoạn 2021–2030",
    },
    {
        "symbol": "07/KH-HKHVN",
        "doc_type": "kh",
        "issuer": "Hội Khuyến học Việt Nam",
        "date": "2023-01-11",
        "title": "Kế hoạch tuyên truyền năm 2023 của Trung ương Hội",
    },
    {
        "symbol": "123/KH-KHVN",
        "doc_type": "kh",
        "issuer": "Hội Khuyến học Việt Nam",
        "date": None,
        "title": "Sơ kết, tổng kết các mô hình học tập (Trung ương Hội)",
    },
    {
        "symbol": "196/KH-KHVN",
        "doc_type": "kh",
        "issuer": "Hội Khuyến học Việt Nam",
        "date": None,
        "title": "Sơ kết, tổng kết các mô hình học tập (kế hoạch bổ sung của Trung ương Hội)",
    },
    # --- Tỉnh Sơn La ---
    {
        "symbol": "19-CT/TU",
        "doc_type": "ct",
        "issuer": "Ban Thường vụ Tỉnh ủy Sơn La",
        "date": "2012-06-14",
        "title": "Chỉ thị của Tỉnh ủy, được dẫn làm căn cứ đưa tiêu chí Đơn vị học tập vào bình xét thi đua cuối năm",
    },
    {
        "symbol": "162-KH/TU",
        "doc_type": "kh",
        "issuer": "Ban Thường vụ Tỉnh ủy Sơn La",
        "date": "2019-10-04",
        "title": "Thực hiện Kết luận 49-KL/TW của Ban Bí thư trên địa bàn tỉnh Sơn La",
    },
    {
        "symbol": "1936-CV/TU",
        "doc_type": "cv",
        "issuer": "Thường trực Tỉnh ủy Sơn La",
        "date": "2022-06-01",
        "title": "Xem xét kiến nghị của Hội Khuyến học tỉnh về phụ cấp, kinh phí và tập huấn",
    },
    {
        "symbol": "3362-CV/TU",
        "doc_type": "cv",
        "issuer": "Thường trực Tỉnh ủy Sơn La",
        "date": "2023-04-21",
        "title": "Công văn của Thường trực Tỉnh ủy, được UBND tỉnh triển khai bằng Công văn 1468/UBND-KGVX",
    },
    {
        "symbol": "3537-CV/TU",
        "doc_type": "cv",
        "issuer": "Tỉnh ủy Sơn La",
        "date": "2023-05-31",
        "title": "Chỉ đạo công tác khuyến học, khuyến tài, xây dựng xã hội học tập",
    },
    {
        "symbol": "861-CV/ĐUK",
        "doc_type": "cv",
        "issuer": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Sơn La",
        "date": "2023-02-23",
        "title": "Lãnh đạo tuyên truyền khuyến học, khuyến tài, xây dựng xã hội học tập tại 91 đầu mối cơ sở đảng",
    },
    {
        "symbol": "37/KH-UBND",
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2016-03-17",
        "title": "Xây dựng và nguyên tắc đánh giá, công nhận các mô hình học tập ở Sơn La giai đoạn 2016–2020",
    },
    {
        "symbol": "1815/UBND-TH",
        "doc_type": "cv",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2016-06-14",
        "title": "Yêu cầu các huyện cấp kinh phí để Hội Khuyến học thực hiện Đề án 281",
    },
    {
        "symbol": "253/KH-UBND",
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2019-12-31",
        "title": "Triển khai Kế hoạch 162-KH/TU của Tỉnh ủy về thực hiện Kết luận 49-KL/TW",
    },
    {
        "symbol": "2547/QĐ-UBND",
        "doc_type": "qd",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2021-10-18",
        "title": "Kế hoạch của tỉnh thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021–2030",
    },
    {
        "symbol": "2036/UBND-KGVX",
        "doc_type": "cv",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2022-06-03",
        "title": "Giao Sở Nội vụ, Sở Tài chính, Sở Giáo dục và Đào tạo giải quyết kiến nghị của Hội Khuyến học tỉnh",
    },
    {
        "symbol": "206/KH-UBND",
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2022-08-17",
        "title": "Thực hiện Chương trình học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị tại Sơn La",
    },
    {
        "symbol": "210/KH-UBND",
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2022-08-19",
        "title": "Thực hiện Chương trình xây dựng mô hình Công dân học tập tại Sơn La",
    },
    {
        "symbol": "49/KH-UBND",
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2023-02-22",
        "title": "Tổ chức chương trình nghệ thuật “Màu hoa con mai” gây Quỹ Học bổng Tô Hiệu",
    },
    {
        "symbol": "558/QĐ-NC",
        "doc_type": "qd",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2023-02-24",
        "title": "Cho phép hai đoàn cán bộ Hội đi trao đổi kinh nghiệm khuyến học tại sáu tỉnh",
    },
    {
        "symbol": "1468/UBND-KGVX",
        "doc_type": "cv",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2023-04-26",
        "title": "Triển khai Công văn 3362-CV/TU của Thường trực Tỉnh ủy",
    },
    {
        "symbol": "2238/UBND-KGVX",
        "doc_type": "cv",
        "issuer": "UBND tỉnh Sơn La",
        "date": "2023-06-19",
        "title": "Triển khai Công văn 3537-CV/TU về khuyến học, khuyến tài, xây dựng xã hội học tập",
    },
    {
        "symbol": "1244/SNV-TG",
        "doc_type": "cv",
        "issuer": "Sở Nội vụ tỉnh Sơn La",
        "date": "2023-07-31",
        "title": "Triển khai Công văn 5367/VPCP-KGVX về rà soát chính sách đối với cán bộ Hội Khuyến học",
    },
    {
        "symbol": "03/TB-BCĐ",
        "doc_type": "tb",
        "issuer": "Ban Chỉ đạo xây dựng xã hội học tập tỉnh Sơn La",
        "date": "2022-08-16",
        "title": "Thông báo của Ban Chỉ đạo xây dựng xã hội học tập tỉnh giai đoạn 2021–2030",
    },
    {
        "symbol": "04/TB-BCĐ",
        "doc_type": "tb",
        "issuer": "Ban Chỉ đạo xây dựng xã hội học tập tỉnh Sơn La",
        "date": "2022-09-27",
        "title": "Thông báo tiếp theo của Ban Chỉ đạo xây dựng xã hội học tập tỉnh giai đoạn 2021–2030",
    },
    # --- Tỉnh Sóc Trăng ---
    {
        "symbol": "78/KH-UBND",
        "site": "soctrang",  # dẫn trong lời văn Kế hoạch 35/KH-HKH, không ở phần căn cứ
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sóc Trăng",
        "date": None,
        "title": "Kế hoạch của tỉnh Sóc Trăng về xây dựng các mô hình học tập, dẫn cùng Quyết định 387 và 677",
    },
    {
        "symbol": "07/KH-UBND",
        "site": "soctrang",  # dẫn trong lời văn Kế hoạch 35/KH-HKH, không ở phần căn cứ
        "doc_type": "kh",
        "issuer": "UBND tỉnh Sóc Trăng",
        "date": None,
        "title": "Kế hoạch của tỉnh Sóc Trăng về xây dựng các mô hình học tập, dẫn cùng Kế hoạch 78/KH-UBND",
    },
    {
        "symbol": "14/NQ-HKH",
        "doc_type": "nq",
        "issuer": "Ban Chấp hành Hội Khuyến học tỉnh Sóc Trăng",
        "date": "2025-01-16",
        "title": "Nghị quyết của Ban Chấp hành nhiệm kỳ 2020–2025, làm căn cứ cho chương trình công tác năm 2025",
    },
]


# ---------------------------------------------------------------------------
# Năm văn bản gốc
# ---------------------------------------------------------------------------

_KE_HOACH_137 = {
    "kind": "plan",
    "site": "sonla",
    "slug": "ke-hoach-137-kh-hkh-nhiem-vu-nam-2024",
    "parent_body": "UBND TỈNH SƠN LA",
    "issuing_body": "HỘI KHUYẾN HỌC TỈNH SƠN LA",
    "number": "137",
    "symbol": "137/KH-HKH",
    "place": "Sơn La",
    "date": "2023-08-21",
    "period": "Năm 2024",
    "title": "Kế hoạch triển khai thực hiện nhiệm vụ năm 2024",
    "summary": (
        "Mười nhóm nhiệm vụ của Hội Khuyến học tỉnh Sơn La cho năm 2024, có dự kiến theo quý: "
        "tham mưu, tuyên truyền, tập huấn, mô hình học tập, sơ kết đề án, thi đua, học bổng và "
        "mục tiêu tăng quỹ cấp tỉnh thêm 20%."
    ),
    "legal_bases": [
        "1373/QĐ-TTg",
        "387/QĐ-TTg",
        "677/QĐ-TTg",
        "2547/QĐ-UBND",
        "206/KH-UBND",
        "210/KH-UBND",
        "03/TB-BCĐ",
        "04/TB-BCĐ",
    ],
    "body": [
        ("heading", {"text": "I. MỤC ĐÍCH, YÊU CẦU", "level": 2}),
        ("heading", {"text": "1. Mục đích", "level": 3}),
        (
            "paragraph",
            "Giúp cấp ủy, chính quyền đưa đường lối của Đảng, chính sách của Nhà nước về khuyến học, "
            "khuyến tài và xã hội học tập vào thực tế; quán triệt sâu hơn Kết luận 49-KL/TW của Ban Bí thư "
            "về việc thực hiện Chỉ thị 11-CT/TW, các quyết định của Chính phủ, tinh thần Lễ phát động "
            "thi đua xây dựng xã hội học tập 2023–2030 do Thủ tướng chủ trì ngày 10/6/2023 và kết luận "
            "buổi làm việc của Phó Thủ tướng với Trung ương Hội tháng 5/2023.",
        ),
        (
            "paragraph",
            "Kiện toàn tổ chức Hội các cấp, nâng chất lượng hội viên; chú trọng lập tổ chức Hội và kết "
            "nạp hội viên trong cơ quan hành chính, đơn vị sự nghiệp, doanh nghiệp, hợp tác xã và tổ hợp "
            "sản xuất.",
        ),
        (
            "paragraph",
            "Tranh thủ sự vào cuộc của cả hệ thống chính trị và nhân dân để thực hiện Quyết định 387, "
            "677 của Chính phủ và Kế hoạch 206, 210 của UBND tỉnh: xây dựng, đánh giá, công nhận năm "
            "mô hình học tập; kịp thời tôn vinh, khen thưởng và nhân rộng mô hình xuất sắc, góp phần "
            "phát triển kinh tế – văn hóa – xã hội của tỉnh trong thời kỳ chuyển đổi số.",
        ),
        ("heading", {"text": "2. Yêu cầu", "level": 3}),
        (
            "paragraph",
            "Mọi hoạt động bám sát mục tiêu, nhiệm vụ và giải pháp của kế hoạch, làm thiết thực, hợp "
            "với điều kiện từng nơi, không phô trương hình thức; bảo đảm hoàn thành có chất lượng "
            "nhiệm vụ năm 2024 và lộ trình 2021–2030.",
        ),
        ("heading", {"text": "II. NỘI DUNG KẾ HOẠCH", "level": 2}),
        (
            "task",
            {
                "content": (
                    "1. Chủ động tham mưu để tỉnh ban hành văn bản chỉ đạo thực hiện các văn bản của Đảng, "
                    "Chính phủ về xã hội học tập 2021–2030 và về mô hình học tập theo Quyết định 387, 677. "
                    "Phát động tham gia Giải thưởng “Nhân tài đất Việt” 2024 (chủ đề “Tôn vinh tài năng – "
                    "Khơi nguồn sáng tạo”, có hạng mục “Khuyến học – Tự học thành tài”) gắn với vận động quỹ; "
                    "phối hợp tổ chức kỷ niệm 80 năm ngày mất (07/3/1944 – 07/3/2024) và 112 năm ngày sinh "
                    "(1912–2024) của liệt sĩ Tô Hiệu, gắn với vận động Quỹ Học bổng Tô Hiệu."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý I/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "2. Tuyên truyền về khuyến học, khuyến tài, xã hội học tập, học thường xuyên và suốt đời, "
                    "nâng chất lượng mô hình học tập trong thời đại số, qua báo chí, phát thanh – truyền hình "
                    "và các chương trình phối hợp đã ký với cơ quan truyền thông của tỉnh. Tổ chức Hội thi "
                    "“Cán bộ khuyến học giỏi” lần thứ IV, gắn với Ngày Khuyến học Việt Nam 02/10/2024."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý IV/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "3. Tập huấn về xây dựng, phát triển và nâng chất lượng tổ chức Hội trong thời đại công "
                    "nghệ số; biên soạn, sửa đổi, bổ sung tài liệu nghiệp vụ cho phù hợp chủ trương, chính "
                    "sách mới."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý III/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "4. Tiếp tục áp dụng bộ công cụ đánh giá “Công dân học tập”; tổ chức đăng ký và đánh giá "
                    "các mô hình học tập."
                ),
                "lead_unit": "Hội Khuyến học các huyện, thành phố",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "5. Đề xuất Ban Chỉ đạo xây dựng xã hội học tập tỉnh tổ chức hội nghị sơ kết 3 năm thực "
                    "hiện Quyết định 1373 và 2 năm thực hiện Quyết định 387, 677 (dự kiến cuối quý II); phối "
                    "hợp kiểm tra, giám sát việc xây dựng xã hội học tập ở các huyện, thành phố và ngành "
                    "thành viên, tổng hợp kết quả báo cáo Ban Chỉ đạo."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý II/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "6. Duy trì và nâng chất lượng Trang thông tin điện tử của Hội để phổ biến kiến thức, "
                    "nghiệp vụ cho cán bộ, hội viên và người dân; phát hành Bản tin Khuyến học Sơn La số 35."
                ),
                "lead_unit": "Ban Biên tập Trang thông tin điện tử và Bản tin Khuyến học",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "7. Kiểm tra, giám sát, đánh giá việc thực hiện các chương trình, đề án; thu thập số liệu "
                    "chuẩn phục vụ sơ kết, tổng kết; kiểm tra việc bình xét thi đua, khen thưởng của các đơn "
                    "vị trong tỉnh."
                ),
                "lead_unit": "Ban Kiểm tra Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "8. Thực hiện các chương trình phối hợp với ban, ngành, đoàn thể, trường học, doanh "
                    "nghiệp để thúc đẩy khuyến học; tham gia đầy đủ các phong trào do Ủy ban MTTQ tỉnh "
                    "phát động."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "9. Đẩy mạnh thi đua yêu nước về khuyến học từ cơ sở, khuyến khích mô hình mới và các "
                    "hình thức học suốt đời; tôn vinh điển hình, tăng khen thưởng và học bổng cho người học "
                    "vượt khó. Tổ chức Lễ trao học bổng “Học không bao giờ cùng” cho năm 2024 vào khoảng quý II "
                    "và biểu dương mô hình học tập tiêu biểu tại hội nghị tổng kết năm 2023."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý II/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "10. Tiếp tục xây dựng, phát triển Quỹ Khuyến học toàn tỉnh; phấn đấu quỹ cấp tỉnh năm "
                    "2024 tăng 20% so với tổng số hiện có."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        ("heading", {"text": "III. TỔ CHỨC THỰC HIỆN", "level": 2}),
        (
            "paragraph",
            "Hội Khuyến học tỉnh chủ động ra kế hoạch, văn bản chỉ đạo, hướng dẫn và triển khai các nội "
            "dung trên đúng tiến độ, có chất lượng; chỉ đạo các cấp Hội thực hiện chương trình, kế hoạch "
            "về khuyến học, khuyến tài, xây dựng xã hội học tập.",
        ),
        (
            "paragraph",
            "Chủ trì, phối hợp với các ngành, địa phương, tổ chức chính trị – xã hội, nghề nghiệp để nâng "
            "cao nhận thức; kêu gọi cơ quan, đoàn thể, doanh nghiệp, nhà hảo tâm và hội viên góp sức xây "
            "dựng Quỹ Khuyến học, khuyến tài.",
        ),
        (
            "paragraph",
            "Cùng Sở Giáo dục và Đào tạo và các sở, ngành liên quan củng cố, nâng hiệu quả các trung tâm "
            "học tập cộng đồng, khuyến khích người dân đến học tại trung tâm.",
        ),
        (
            "paragraph",
            "Đề xuất Tỉnh ủy, HĐND, UBND tỉnh bố trí ngân sách hằng năm, theo thẩm quyền, cho nhiệm vụ "
            "xây dựng các mô hình học tập.",
        ),
    ],
    "signer_capacity": "TM. HỘI KHUYẾN HỌC TỈNH",
    "signer_title": "",
    "signer_name": "",
    "recipients": [
        "Thường trực UBND tỉnh",
        "Các Ủy viên Ban Chấp hành Hội",
        "Văn phòng Hội Khuyến học tỉnh",
        "Lưu: VT",
    ],
}


_BAO_CAO_01 = {
    "kind": "report",
    "site": "sonla",
    "slug": "bao-cao-01-bc-hkh-tong-ket-nam-2023",
    "parent_body": "",
    "issuing_body": "HỘI KHUYẾN HỌC TỈNH SƠN LA",
    "number": "01",
    "symbol": "01/BC-HKH",
    "place": "Sơn La",
    "date": "2024-01-01",
    "period": "Năm 2023",
    "title": "Báo cáo tổng kết công tác khuyến học năm 2023, phương hướng, nhiệm vụ năm 2024",
    "summary": (
        "Năm 2023 Sơn La có 351.214 hội viên, quỹ toàn tỉnh gần 31,9 tỷ đồng, 43.939 lượt khen thưởng "
        "và học bổng trị giá hơn 10,4 tỷ đồng; báo cáo kèm kết quả năm mô hình học tập và nhiệm vụ "
        "trọng tâm năm 2024."
    ),
    "legal_bases": [
        "1373/QĐ-TTg",
        "387/QĐ-TTg",
        "677/QĐ-TTg",
        "1315/QĐ-TTg",
        "2547/QĐ-UBND",
        "206/KH-UBND",
        "210/KH-UBND",
        "49-KL/TW",
        "11-CT/TW",
        "162-KH/TU",
        "3537-CV/TU",
    ],
    "body": [
        # ================= PHẦN THỨ NHẤT =================
        ("heading", {"text": "PHẦN THỨ NHẤT – KẾT QUẢ CÔNG TÁC KHUYẾN HỌC NĂM 2023", "level": 2}),
        ("heading", {"text": "I. ĐẶC ĐIỂM, TÌNH HÌNH", "level": 2}),
        ("heading", {"text": "1. Thuận lợi", "level": 3}),
        (
            "paragraph",
            "Kinh tế – xã hội của tỉnh ổn định và phát triển, an ninh chính trị được giữ vững, đời sống "
            "người dân từng bước nâng lên: đó là nền tảng tốt cho phong trào xây dựng xã hội học tập.",
        ),
        (
            "paragraph",
            "Đảng và Nhà nước có thêm nhiều chủ trương, quyết sách cụ thể cho phong trào; buổi làm việc "
            "của Phó Thủ tướng với Hội Khuyến học Việt Nam và lễ phát động phong trào “Cả nước thi đua "
            "xây dựng xã hội học tập, đẩy mạnh học tập suốt đời” do Thủ tướng chủ trì đã mở ra hướng đi mới.",
        ),
        (
            "paragraph",
            "Cấp ủy, chính quyền từ tỉnh tới cơ sở sát sao chỉ đạo; hệ thống chính trị, doanh nghiệp, "
            "doanh nhân và nhà hảo tâm cùng đồng hành. Đội ngũ cán bộ khuyến học năng động, tâm huyết và "
            "sự ủng hộ của đông đảo hội viên là điều kiện tiên quyết cho chất lượng phong trào. Công nghệ "
            "số và cuộc cách mạng công nghiệp lần thứ tư tạo thêm kênh để tuyên truyền, lan tỏa rộng rãi.",
        ),
        ("heading", {"text": "2. Khó khăn", "level": 3}),
        (
            "paragraph",
            "Cơ chế, chính sách cho phong trào chưa thống nhất, đồng bộ, nhất là về bộ máy và nguồn lực "
            "tài chính. Một số cấp ủy, chính quyền cơ sở chưa thật quan tâm, còn phó mặc cho người làm "
            "khuyến học; ý thức học thường xuyên, học suốt đời của một bộ phận cán bộ, nhân dân còn hạn chế.",
        ),
        (
            "paragraph",
            "Tổ chức Hội phát triển chưa đều, chất lượng ở vùng sâu, vùng xa, vùng đặc biệt khó khăn còn "
            "thấp; thúc đẩy người lớn học suốt đời, ứng dụng công nghệ số và chuyển đổi số vẫn là điểm yếu "
            "của các cấp Hội.",
        ),
        (
            "paragraph",
            "Cán bộ khuyến học xã, phường, thị trấn đều kiêm nhiệm, không có chế độ, nghiệp vụ còn yếu. "
            "Đời sống đồng bào vùng cao, vùng sâu còn thiếu thốn nên vận động quỹ và thu hội phí gặp khó; "
            "một số Ban khuyến học trực thuộc chưa được kiện toàn; cơ sở vật chất, phương tiện, kinh phí "
            "chưa đáp ứng yêu cầu.",
        ),
        ("heading", {"text": "II. KẾT QUẢ CÔNG TÁC KHUYẾN HỌC NĂM 2023", "level": 2}),
        (
            "heading",
            {
                "text": "1. Tham mưu cho cấp ủy, chính quyền chỉ đạo công tác khuyến học, khuyến tài, xây dựng xã hội học tập",
                "level": 3,
            },
        ),
        (
            "paragraph",
            "Theo đề xuất của Hội, Tỉnh ủy và UBND tỉnh đã ban hành: Công văn 3537-CV/TU (31/5/2023) của "
            "Tỉnh ủy về khuyến học, khuyến tài, xây dựng xã hội học tập; Công văn 1468/UBND-KGVX "
            "(26/4/2023) triển khai Công văn 3362-CV/TU (21/4/2023) của Thường trực Tỉnh ủy và Công văn "
            "2238/UBND-KGVX (19/6/2023) triển khai Công văn 3537-CV/TU; Kế hoạch 49/KH-UBND (22/02/2023) "
            "tổ chức chương trình nghệ thuật “Màu hoa con mai” gây Quỹ Học bổng Tô Hiệu. Đảng ủy Khối các "
            "cơ quan và doanh nghiệp tỉnh ra Công văn 861-CV/ĐUK (23/02/2023) chỉ đạo tuyên truyền tại "
            "91 đầu mối cơ sở đảng.",
        ),
        (
            "paragraph",
            "Hội triển khai Công văn 1244/SNV-TG (31/7/2023) của Sở Nội vụ về rà soát tổ chức, hoạt động "
            "và chính sách đối với cán bộ Hội, theo Công văn 5367/VPCP-KGVX (17/7/2023) của Văn phòng "
            "Chính phủ; trực tiếp góp ý, phản biện dự thảo nghị quyết của HĐND tỉnh (kỳ họp thứ 8, khóa XV) "
            "về chức danh, mức phụ cấp, kiêm nhiệm và kinh phí khoán của người hoạt động không chuyên "
            "trách cấp xã.",
        ),
        (
            "paragraph",
            "Hội đề xuất Đảng ủy Khối chỉ đạo củng cố các Ban khuyến học cơ quan theo Kết luận 49-KL/TW "
            "(10/5/2019) và Kế hoạch 162-KH/TU (04/10/2019). Cả 12 huyện, thành phố đã có văn bản chỉ "
            "đạo thực hiện các quyết định của Chính phủ, được cấp kinh phí cho đề án và nhiệm vụ khuyến "
            "học, có văn bản vận động quỹ tại địa phương; cấp ủy, chính quyền đánh giá cao tính kịp thời, "
            "khả thi của công tác tham mưu.",
        ),
        (
            "heading",
            {"text": "2. Tuyên truyền về khuyến học, khuyến tài, xây dựng xã hội học tập", "level": 3},
        ),
        (
            "paragraph",
            "Chương trình phối hợp với Ban Tuyên giáo Tỉnh ủy, Đài Phát thanh – Truyền hình tỉnh và Báo "
            "Sơn La được duy trì: mỗi tháng một chuyên đề trên Thông báo nội bộ, 36 chuyên mục và 3 chuyên "
            "đề về gương sáng khuyến học trên Báo điện tử Sơn La, chuyên mục truyền hình vào tối thứ Sáu "
            "hằng tuần, được người xem đón nhận.",
        ),
        (
            "paragraph",
            "Trang thông tin điện tử của Hội hoạt động đều đặn; văn bản được gửi, nhận nhanh qua thư điện "
            "tử và Zalo. Trong năm Hội lập Fanpage, mở thêm nhóm Zalo cho các Hội (Ban) khuyến học cơ quan, "
            "trường học, tiếp tục phát hành Bản tin Khuyến học với nội dung được đổi mới; việc học theo "
            "tấm gương tự học của Chủ tịch Hồ Chí Minh được gắn với xây dựng mô hình học tập.",
        ),
        (
            "paragraph",
            "Nhân 15 năm Ngày Khuyến học Việt Nam (2/10/2008 – 2/10/2023), 27 năm thành lập Hội Khuyến "
            "học Việt Nam (2/10/1996 – 2/10/2023) và Tuần lễ học tập suốt đời 2023, Hội tỉnh tổ chức gặp "
            "mặt, tọa đàm ôn lại chặng đường phát triển; cả 12 huyện, thành phố cùng khai mạc Tuần lễ học "
            "tập suốt đời.",
        ),
        (
            "figures",
            {
                "title": "Tuyên truyền năm 2023",
                "items": [
                    ("Chuyên mục khuyến học trên Báo điện tử Sơn La", 36, "chuyên mục"),
                    ("Chuyên đề gương sáng khuyến học", 3, "chuyên đề"),
                    ("Huyện, thành phố khai mạc Tuần lễ học tập suốt đời", 12, "đơn vị"),
                ],
            },
        ),
        ("heading", {"text": "3. Củng cố, phát triển tổ chức Hội và hội viên", "level": 3}),
        (
            "paragraph",
            "Cuối năm 2023 toàn tỉnh có 351.214 hội viên, nhiều hơn năm 2022 là 5.178 người, xấp xỉ 28% "
            "dân số của tỉnh.",
        ),
        (
            "figures",
            {
                "title": "Hội viên năm 2023",
                "items": [
                    ("Tổng số hội viên", 351214, "hội viên"),
                    ("Tăng so với năm 2022", 5178, "hội viên"),
                    ("Hội viên ở nông thôn", 253219, "hội viên"),
                    ("Hội viên là cán bộ, công chức", 24561, "hội viên"),
                    ("Hội viên trong trường học", 46857, "hội viên"),
                    ("Hội viên là đảng viên", 73812, "hội viên"),
                    ("Hội viên của các Hội (Ban) khuyến học trực thuộc tỉnh", 177389, "hội viên"),
                ],
            },
        ),
        (
            "figures",
            {
                "title": "Mạng lưới tổ chức Hội năm 2023",
                "items": [
                    ("Hội Khuyến học huyện, thành phố", 12, "hội"),
                    ("Hội Khuyến học xã, phường, thị trấn", 204, "hội"),
                    ("Tổ, bản, tiểu khu", 2303, "đơn vị"),
                    ("Chi hội khuyến học", 2845, "chi hội"),
                    ("Dòng họ", 631, "dòng họ"),
                    ("Hội đồng hương", 48, "hội"),
                    ("Ban khuyến học", 404, "ban"),
                    ("Chi hội trường học", 704, "chi hội"),
                    ("Chi hội doanh nghiệp", 55, "chi hội"),
                ],
            },
        ),
        (
            "paragraph",
            "Các Hội (Ban) khuyến học ở cơ quan, trường học, doanh nghiệp, trường đại học, cao đẳng và lực "
            "lượng vũ trang tiếp tục được kiện toàn: đã xong ở 35 đơn vị, trong đó 22 đơn vị có lãnh đạo "
            "tham gia nhóm Zalo do Tỉnh hội lập để liên lạc công việc nhanh hơn.",
        ),
        (
            "heading",
            {"text": "4. Thực hiện Quyết định 387/QĐ-TTg và Quyết định 677/QĐ-TTg của Thủ tướng Chính phủ", "level": 3},
        ),
        (
            "paragraph",
            "Các cấp Hội vận động từng người, từng hộ, từng dòng họ đăng ký và phấn đấu đạt danh hiệu học "
            "tập, gắn với các cuộc vận động lớn ở địa phương như xây dựng đời sống văn hóa, nông thôn mới, "
            "đô thị văn minh, khối đại đoàn kết, góp phần giữ gìn an ninh, trật tự.",
        ),
        (
            "paragraph",
            "Trong hai ngày 23 và 24/5/2023, với sự hỗ trợ của Trung ương Hội và giảng viên Trường Đại học "
            "Mở Hà Nội, Hội tỉnh tập huấn theo cách “cầm tay chỉ việc” cho 100 cán bộ chủ chốt về đăng ký, "
            "đánh giá và sử dụng bộ công cụ công nhận danh hiệu “Công dân học tập” giai đoạn 2021–2030.",
        ),
        (
            "stats",
            {
                "title": "Kết quả xây dựng các mô hình học tập năm 2023",
                "rows": [
                    ("Công dân học tập", 388000, 237921),
                    ("Gia đình học tập", 274526, 242138),
                    ("Dòng họ học tập", 1149, 842),
                    ("Đơn vị học tập", 924, 858),
                    ("Cộng đồng học tập", 2303, 1808),
                ],
            },
        ),
        (
            "figures",
            {
                "title": "Xếp loại “Cộng đồng học tập” cấp xã năm 2023 (204 xã, phường, thị trấn)",
                "items": [
                    ("Loại tốt", 97, "đơn vị"),
                    ("Loại khá", 77, "đơn vị"),
                    ("Loại trung bình", 27, "đơn vị"),
                    ("Loại yếu", 3, "đơn vị"),
                ],
            },
        ),
        (
            "paragraph",
            "Theo báo cáo của 18 Hội (Ban) khuyến học trực thuộc Hội tỉnh, toàn bộ cán bộ, công chức, viên "
            "chức, người lao động và cán bộ, chiến sĩ lực lượng vũ trang đã đăng ký “Công dân học tập” tại "
            "cơ quan, đơn vị và đăng ký “Gia đình học tập” nơi cư trú.",
        ),
        (
            "heading",
            {"text": "5. Phối hợp với các tổ chức, cơ quan, đơn vị đẩy mạnh khuyến học", "level": 3},
        ),
        (
            "paragraph",
            "Hội duy trì nội dung phối hợp với 12 đơn vị, trong đó có Sở Giáo dục và Đào tạo; Sở Văn hóa, "
            "Thể thao và Du lịch; Ủy ban MTTQ Việt Nam tỉnh; Liên đoàn Lao động; Tỉnh đoàn; Hội Liên hiệp "
            "Phụ nữ; Hội Cựu giáo chức; Hội Người cao tuổi và Hội Nông dân tỉnh, để cùng thực hiện các đề "
            "án, chương trình xây dựng xã hội học tập 2021–2030.",
        ),
        (
            "paragraph",
            "Cùng Quỹ học bổng ASAHI (du học Nhật Bản), Hội tổ chức sơ tuyển hơn 80 học sinh lớp 12 ở 3 "
            "trường THPT; 70 em đạt chuẩn đã nhận giấy báo nhập học, 6 em đang học tiếng Nhật tại Hà Nội. "
            "Hội huyện, thành phố phối hợp với các ngành tham mưu văn bản chỉ đạo, kinh phí và vận động "
            "quỹ tại địa phương.",
        ),
        (
            "figures",
            {
                "title": "Học bổng du học Nhật Bản ASAHI năm 2023",
                "items": [
                    ("Học sinh lớp 12 dự sơ tuyển (trên)", 80, "học sinh"),
                    ("Trường THPT tổ chức sơ tuyển", 3, "trường"),
                    ("Học sinh đạt chuẩn, nhận giấy báo nhập học", 70, "học sinh"),
                    ("Học sinh đang học tiếng Nhật tại Hà Nội", 6, "học sinh"),
                ],
            },
        ),
        (
            "heading",
            {"text": "6. Kiểm tra, giám sát việc thực hiện Điều lệ Hội, Quy chế hoạt động", "level": 3},
        ),
        (
            "paragraph",
            "Ban Kiểm tra Hội tỉnh ban hành kế hoạch kiểm tra, giám sát cả nhiệm kỳ 2021–2026 và kế hoạch "
            "năm 2023. Tỉnh hội kiểm tra 12/12 Hội huyện, thành phố, mỗi nơi thêm 1–2 cơ sở và một số "
            "trung tâm học tập cộng đồng. Phần lớn đơn vị làm đúng Điều lệ; tài chính và quỹ được quản lý "
            "công khai, minh bạch, tiết kiệm, đúng pháp luật.",
        ),
        (
            "heading",
            {"text": "7. Nghiên cứu khoa học, hội thảo, tọa đàm, trao đổi kinh nghiệm", "level": 3},
        ),
        (
            "paragraph",
            "Hội hoàn thiện hồ sơ đăng ký đề tài khoa học cấp tỉnh năm 2024 về giải pháp phát triển học "
            "tập suốt đời trong gia đình, dòng họ người Thái ở Sơn La; tổ chức hội thảo về thực trạng và "
            "giải pháp nâng chất lượng trung tâm học tập cộng đồng cấp xã, với 38 tham luận và gần 100 "
            "đại biểu.",
        ),
        (
            "paragraph",
            "Đoàn cán bộ Hội tỉnh và lãnh đạo Hội 12 huyện, thành phố dự giao ban Cụm I các tỉnh Tây Bắc "
            "tại Hòa Bình, trình bày tham luận về công tác tham mưu trong phong trào thi đua xây dựng xã hội "
            "học tập 2023–2030. Theo Quyết định 558/QĐ-NC (24/02/2023) của UBND tỉnh, hai đoàn cán bộ đã "
            "đến học hỏi sáu tỉnh có phong trào tiêu biểu, trao đổi về vận động quỹ, củng cố tổ chức và bộ "
            "công cụ đánh giá “Công dân học tập”.",
        ),
        (
            "heading",
            {
                "text": "8. Bồi dưỡng nghiệp vụ cho cán bộ khuyến học; phối hợp nâng chất lượng trung tâm học tập cộng đồng",
                "level": 3,
            },
        ),
        (
            "paragraph",
            "Hội cùng Trung tâm bồi dưỡng chính trị các huyện, thành phố lập danh sách cán bộ cơ sở dự lớp "
            "bồi dưỡng nghiệp vụ năm 2023; cả 12 huyện, thành phố mở 110 lớp tập huấn với 4.812 lượt người. "
            "Thành phố Sơn La, Mai Sơn, Mộc Châu, Sông Mã… tổ chức tập huấn theo cụm xã để người học đỡ "
            "phải đi xa.",
        ),
        (
            "paragraph",
            "Người lớn ở nông thôn chủ yếu cần kiến thức thiết thực cho sản xuất, kinh doanh và đời sống; "
            "các trung tâm học tập cộng đồng đang đáp ứng dần theo hướng học đúng điều cần và dùng được "
            "ngay. Hội phối hợp với ban quản lý các trung tâm mở nhiều lớp xóa mù chữ, tiếng Thái, khoa "
            "học kỹ thuật, kỹ thuật nông – lâm nghiệp và pháp luật.",
        ),
        (
            "figures",
            {
                "title": "Bồi dưỡng và lớp học cộng đồng năm 2023",
                "items": [
                    ("Lớp tập huấn cấp huyện, thành phố", 110, "lớp"),
                    ("Lượt người dự tập huấn", 4812, "lượt người"),
                    ("Lớp xóa mù chữ", 36, "lớp"),
                    ("Lớp tiếng Thái", 2, "lớp"),
                    ("Lớp hướng dẫn khoa học, kỹ thuật", 127, "lớp"),
                    ("Lớp kỹ thuật nông, lâm nghiệp", 129, "lớp"),
                    ("Lớp phổ biến pháp luật", 90, "lớp"),
                    ("Lượt học viên tại trung tâm học tập cộng đồng", 37041, "lượt người"),
                ],
            },
        ),
        ("heading", {"text": "9. Vận động xây dựng, quản lý và sử dụng Quỹ Khuyến học", "level": 3}),
        (
            "paragraph",
            "Hội tỉnh kêu gọi tổ chức, doanh nghiệp, doanh nhân và nhà hảo tâm góp quỹ, đôn đốc cơ sở thu "
            "hội phí. Quỹ Khuyến học tỉnh và Quỹ Học bổng Tô Hiệu cộng lại còn 14,7 tỷ đồng, trong đó "
            "13,478 tỷ đồng gửi tiết kiệm. Các Hội huyện, thành phố vận động bằng nhiều cách; nơi có quỹ "
            "lớn là Sông Mã, thành phố Sơn La, Bắc Yên, Thuận Châu, Mai Sơn. Tổng quỹ toàn tỉnh gần 31,9 tỷ đồng.",
        ),
        (
            "paragraph",
            "Đầu năm học 2023–2024, Hội tỉnh tiếp nhận 2,6 tỷ đồng học bổng “Cùng em đến trường” do Tập "
            "đoàn Công nghiệp – Viễn thông Quân đội (Viettel) trao tặng.",
        ),
        (
            "figures",
            {
                "title": "Quỹ khuyến học năm 2023",
                "items": [
                    ("Quỹ Khuyến học tỉnh và Quỹ Học bổng Tô Hiệu", 14700000000, "đồng"),
                    ("Trong đó gửi tiết kiệm", 13478000000, "đồng"),
                    ("Quỹ của các Hội (Ban) khuyến học trực thuộc tỉnh", 865112000, "đồng"),
                    ("Quỹ của 12 Hội huyện, thành phố", 9172121000, "đồng"),
                    ("Quỹ huyện Sông Mã", 2951000000, "đồng"),
                    ("Quỹ thành phố Sơn La", 1206965000, "đồng"),
                    ("Quỹ huyện Mai Sơn", 676170000, "đồng"),
                    ("Tổng quỹ toàn tỉnh", 31862960857, "đồng"),
                    ("Học bổng “Cùng em đến trường” của Viettel", 2600000000, "đồng"),
                ],
            },
        ),
        ("heading", {"text": "10. Thi đua – Khen thưởng", "level": 3}),
        (
            "paragraph",
            "Trong năm, các cấp Hội khen thưởng, tặng quà và học bổng 43.939 lượt tập thể, cá nhân với tổng "
            "10.408.674.000 đồng; ngoài ra chuyển tới học sinh nghèo vùng biên giới 4.571.950.000 đồng từ "
            "các chương trình tài trợ.",
        ),
        (
            "figures",
            {
                "title": "Khen thưởng, học bổng toàn tỉnh năm 2023",
                "items": [
                    ("Lượt khen thưởng, tặng quà, học bổng", 43939, "lượt"),
                    ("Tổng số tiền", 10408674000, "đồng"),
                    ("Tài trợ chuyển trao cho học sinh vùng biên giới", 4571950000, "đồng"),
                ],
            },
        ),
        ("heading", {"text": "10.1. Hội Khuyến học tỉnh", "level": 3}),
        (
            "paragraph",
            "Ngay đầu năm, Hội tỉnh ra kế hoạch thi đua chào mừng các ngày lễ lớn, tập trung củng cố tổ "
            "chức, nhân rộng điển hình và đăng ký mô hình học tập; diện được khen mở rộng sang học tập, lao "
            "động sản xuất, nghiên cứu khoa học, học sinh vượt khó và các cuộc thi của ngành. Từ Quỹ Khuyến "
            "học và Quỹ Học bổng Tô Hiệu, Hội khen 1.053 lượt với 844,2 triệu đồng, vượt xa năm 2022 "
            "(427 lượt, 454,8 triệu đồng).",
        ),
        (
            "figures",
            {
                "title": "Khen thưởng từ quỹ cấp tỉnh: năm 2023 so với năm 2022",
                "items": [
                    ("Lượt khen năm 2023", 1053, "lượt"),
                    ("Số tiền năm 2023", 844200000, "đồng"),
                    ("Lượt khen năm 2022", 427, "lượt"),
                    ("Số tiền năm 2022", 454800000, "đồng"),
                ],
            },
        ),
        (
            "paragraph",
            "Các chương trình tiêu biểu: “Tết vì người nghèo” cho học sinh hai huyện biên giới Sông Mã, Sốp "
            "Cộp; “Xuân biên cương ấm tình dân bản” cho học sinh xã biên giới và hai trường học; chương trình "
            "nghệ thuật “Màu hoa con mai” kỷ niệm 111 năm ngày sinh (1912–2023) và 79 năm ngày mất "
            "(1944–2023) của nhà cách mạng, liệt sĩ Tô Hiệu, trao học bổng cho học sinh các trường mang "
            "tên Tô Hiệu và 4 học sinh khó khăn ở Vân Hồ; “Tiếp sức mùa thi” cho học sinh lớp 12; "
            "“Vietcombank chung tay vì người nghèo” cho học sinh mồ côi cả cha lẫn mẹ.",
        ),
        (
            "paragraph",
            "Tại Lễ trao học bổng “Học không bao giờ cùng”, Hội khen 119 suất cho học sinh, sinh viên giỏi, "
            "học sinh giỏi quốc gia, người lớn có thành tích trong học tập, lao động, đồng thời vinh danh "
            "các phó giáo sư, tiến sĩ, nghệ nhân nhân dân, nghệ nhân ưu tú, chiến sĩ thi đua toàn quốc; "
            "trao 12 suất “Nuôi em khuyến học” (6 triệu đồng mỗi em mỗi năm, đến hết lớp 12); doanh nghiệp "
            "trong tỉnh tặng 55 xe đạp cho các em nhận học bổng.",
        ),
        (
            "paragraph",
            "Dịp khai giảng năm học 2023–2024, trong phong trào “Tháng Khuyến học”, Hội quyết định 12 suất "
            "“Nuôi em khuyến học” mức 500.000 đồng mỗi tháng cho tới khi các em học xong THPT (tổng kinh "
            "phí cả chương trình 546 triệu đồng), trao 20 suất cho học sinh giỏi nhà khó khăn Trường THCS "
            "Mường Giàng (Quỳnh Nhai) và hàng chục suất cho sinh viên đại học, cao đẳng trong tỉnh. Dịp "
            "Trung thu, Hội tặng 10 suất cho học sinh Trường TH – THCS bán trú xã Mường Lèo (Sốp Cộp).",
        ),
        (
            "figures",
            {
                "title": "Học bổng, khen thưởng của Hội tỉnh theo chương trình (năm 2023)",
                "items": [
                    ("“Tết vì người nghèo” – 100 học sinh Sông Mã, Sốp Cộp", 50000000, "đồng"),
                    ("“Xuân biên cương ấm tình dân bản” – 30 suất và 2 trường", 25000000, "đồng"),
                    ("“Màu hoa con mai” – 80 suất và 4 học sinh Vân Hồ", 92000000, "đồng"),
                    ("“Tiếp sức mùa thi” – 320 học sinh lớp 12", 160000000, "đồng"),
                    ("“Vietcombank chung tay vì người nghèo” – 40 suất", 20000000, "đồng"),
                    ("Lễ “Học không bao giờ cùng” – 119 suất khen, 12 suất nuôi em, 55 xe đạp", 415000000, "đồng"),
                    ("40 học sinh xã Chiềng La (Thuận Châu) và Chim Vàn (Bắc Yên)", 40000000, "đồng"),
                    (
                        "63 trường đạt chuẩn quốc gia, 2 VĐV SEA Games 32 và tập thể, cá nhân đạt giải",
                        328100000,
                        "đồng",
                    ),
                    ("20 đội viên dự Đại hội Cháu ngoan Bác Hồ lần thứ XI", 10000000, "đồng"),
                    ("21 học sinh THPT đạt điểm 10 môn Lịch sử", 10500000, "đồng"),
                    ("12 suất “Nuôi em khuyến học” đến hết THPT (tổng chương trình)", 546000000, "đồng"),
                    ("20 suất cho Trường THCS Mường Giàng (Quỳnh Nhai)", 20000000, "đồng"),
                    ("10 suất cho Trường TH – THCS bán trú Mường Lèo (Sốp Cộp)", 10000000, "đồng"),
                    ("22 học sinh đạt giải Cuộc thi sáng tạo khoa học kỹ thuật", 55000000, "đồng"),
                    ("20 giáo viên vượt khó dự thi giáo viên dạy giỏi", 10000000, "đồng"),
                ],
            },
        ),
        (
            "paragraph",
            "Tại hội nghị tổng kết năm 2023, Trung ương Hội Khuyến học Việt Nam tặng cờ thi đua, kỷ niệm "
            "chương và bằng khen cho các tập thể, cá nhân xuất sắc; UBND tỉnh tặng một bằng khen; Hội tỉnh "
            "tặng giấy khen cho tập thể, cá nhân, gia đình có thành tích.",
        ),
        (
            "figures",
            {
                "title": "Khen thưởng tại hội nghị tổng kết năm 2023",
                "items": [
                    ("Cờ thi đua của Trung ương Hội", 2, "cờ"),
                    ("Kỷ niệm chương của Trung ương Hội", 28, "kỷ niệm chương"),
                    ("Bằng khen của Trung ương Hội", 42, "bằng khen"),
                    ("Bằng khen của UBND tỉnh", 1, "bằng khen"),
                    ("Giấy khen của Hội Khuyến học tỉnh", 487, "suất"),
                ],
            },
        ),
        ("heading", {"text": "10.2. Hội Khuyến học huyện, thành phố", "level": 3}),
        (
            "paragraph",
            "Cấp huyện và cấp xã khen thưởng 42.438 lượt tập thể, cá nhân (kể cả quà, học bổng) với "
            "9.172.121.000 đồng. Chương trình “Nuôi em khuyến học” ở Mộc Châu và Sông Mã đỡ đầu 15 học "
            "sinh, mỗi em 500.000 đồng mỗi tháng; chương trình “Mái ấm cho em” ở Sốp Cộp, Yên Châu, Sông Mã "
            "hỗ trợ 49 học sinh.",
        ),
        (
            "paragraph",
            "Hưởng ứng lời kêu gọi của Chủ tịch UBND tỉnh, các cấp Hội vận động “Tiếp sức mùa thi” năm "
            "2023 cho học sinh lớp 12: 477,2 triệu đồng tiền mặt cùng suất ăn, nước uống, sữa, bánh và đồ "
            "dùng học tập quy ra hơn 502,8 triệu đồng.",
        ),
        (
            "figures",
            {
                "title": "Cấp huyện: khen thưởng và chương trình hỗ trợ năm 2023",
                "items": [
                    ("Lượt khen thưởng cấp huyện, xã", 42438, "lượt"),
                    ("Số tiền khen thưởng cấp huyện, xã", 9172121000, "đồng"),
                    ("Học sinh được “Nuôi em khuyến học” (Mộc Châu, Sông Mã)", 15, "học sinh"),
                    ("Học sinh được “Mái ấm cho em” (Sốp Cộp, Yên Châu, Sông Mã)", 49, "học sinh"),
                ],
            },
        ),
        (
            "figures",
            {
                "title": "“Tiếp sức mùa thi” năm 2023",
                "items": [
                    ("Tiền mặt hỗ trợ học sinh lớp 12", 477200000, "đồng"),
                    ("Bữa ăn sáng, trưa, tối", 11456, "suất"),
                    ("Chai nước lọc, nước ngọt", 21397, "chai"),
                    ("Hộp sữa", 7491, "hộp"),
                    ("Suất bánh", 4865, "suất"),
                    ("Đồ dùng học tập", 1975, "món"),
                    ("Giá trị hiện vật quy đổi", 502858000, "đồng"),
                ],
            },
        ),
        ("heading", {"text": "10.3. Hội Khuyến học xã, phường, thị trấn", "level": 3}),
        (
            "paragraph",
            "Cấp xã khen 2.946 cán bộ, giáo viên và tặng quà, học bổng cho 33.872 học sinh, tổng cộng 3.517 "
            "triệu đồng.",
        ),
        (
            "figures",
            {
                "title": "Cấp xã: khen thưởng năm 2023",
                "items": [
                    ("Cán bộ, giáo viên được khen", 2946, "người"),
                    ("Học sinh nhận quà, học bổng", 33872, "học sinh"),
                    ("Tổng số tiền", 3517000000, "đồng"),
                ],
            },
        ),
        ("heading", {"text": "10.4. Hội (Ban) Khuyến học các đơn vị trực thuộc Tỉnh hội", "level": 3}),
        (
            "paragraph",
            "Các đơn vị cùng tổ chức, nhà hảo tâm tặng học bổng, quà cho học sinh khó khăn vùng biên giới "
            "trị giá 4.571 triệu đồng, nổi bật là Ban Khuyến học Bộ đội Biên phòng tỉnh; khen 1.661 suất cho "
            "con em cán bộ, công chức, viên chức, người lao động với 673.050.000 đồng (tiêu biểu: Bộ đội "
            "Biên phòng, Bộ Chỉ huy Quân sự tỉnh, Ban Dân vận Tỉnh ủy, Trường PTDT Nội trú tỉnh, Trung tâm "
            "GDTX tỉnh).",
        ),
        (
            "paragraph",
            "Ban Dân vận Tỉnh ủy, Bộ đội Biên phòng, Hội Liên hiệp Phụ nữ và Bộ Chỉ huy Quân sự tỉnh nhận "
            "đỡ đầu 111 học sinh có hoàn cảnh đặc biệt khó khăn, trung bình 500.000 đồng mỗi em mỗi tháng "
            "cho đến khi học xong THPT.",
        ),
        (
            "figures",
            {
                "title": "Đơn vị trực thuộc: học bổng, khen thưởng năm 2023",
                "items": [
                    ("Học bổng, quà cho học sinh vùng biên giới", 4571000000, "đồng"),
                    ("Suất khen cho con em cán bộ, người lao động", 1661, "suất"),
                    ("Số tiền khen con em cán bộ, người lao động", 673050000, "đồng"),
                    ("Học sinh được nhận đỡ đầu đến hết THPT", 111, "học sinh"),
                ],
            },
        ),
        ("heading", {"text": "III. ĐÁNH GIÁ CHUNG", "level": 2}),
        ("heading", {"text": "1. Ưu điểm", "level": 3}),
        (
            "paragraph",
            "Các cấp Hội không ngừng đổi mới nội dung, cách làm, ứng dụng công nghệ thông tin; triển khai "
            "đăng ký mô hình học tập, nhất là “Công dân học tập” trong đồng bào các dân tộc. Tổ chức Hội phủ "
            "rộng và ngày càng ổn định, quỹ các cấp tăng, mô hình học tập đi vào nền nếp, khơi dậy truyền "
            "thống hiếu học; cán bộ khuyến học nhiệt tình, được bồi dưỡng nâng dần trình độ.",
        ),
        (
            "paragraph",
            "Điểm mới so với năm trước: tư vấn tổ chức đêm nhạc gây quỹ, lập Fanpage, mở rộng đầu mối Zalo "
            "và Ban khuyến học trong cơ quan, thêm hội thảo về trung tâm học tập cộng đồng, tổ chức trao học "
            "bổng “Học không bao giờ cùng”, “Nuôi em khuyến học”, ISHIN-ASAHI; tổng số học bổng và kinh phí "
            "khen thưởng gấp khoảng ba lần năm 2022.",
        ),
        ("heading", {"text": "2. Tồn tại, hạn chế", "level": 3}),
        (
            "paragraph",
            "Phong trào chưa đều, chất lượng ở một số cơ sở vùng sâu, vùng xa còn thấp, vai trò tuyên truyền "
            "của cán bộ Hội chưa phát huy; học tập suốt đời cho người lớn và kỹ năng số còn bất cập; củng cố "
            "tổ chức gắn với phát triển hội viên còn khó ở nhiều nơi; vài cấp ủy, chính quyền cơ sở chưa thật "
            "quan tâm; vận động quỹ ở một số nơi yếu; một số Ban khuyến học trực thuộc chưa được kiện toàn.",
        ),
        ("heading", {"text": "3. Nguyên nhân", "level": 3}),
        (
            "paragraph",
            "Nhận thức của một số cấp ủy, chính quyền, sở, ngành về khuyến học còn hạn chế; cán bộ cấp xã "
            "kiêm nhiệm, không có chế độ và chưa có cán bộ chuyên trách; cơ sở vật chất, phương tiện, kinh "
            "phí thiếu; đời sống đồng bào vùng cao, vùng sâu, vùng xa còn khó khăn nên ảnh hưởng tới việc "
            "vận động quỹ và đóng hội phí.",
        ),
        # ================= PHẦN THỨ HAI =================
        ("heading", {"text": "PHẦN THỨ HAI – NHIỆM VỤ TRỌNG TÂM CÔNG TÁC KHUYẾN HỌC NĂM 2024", "level": 2}),
        ("heading", {"text": "I. ĐẶC ĐIỂM TÌNH HÌNH", "level": 2}),
        (
            "paragraph",
            "Năm 2024 có ý nghĩa quan trọng trong thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV "
            "(2020–2025) và Nghị quyết Đại hội XIII của Đảng; khoa học công nghệ và kỷ nguyên số vừa mở ra "
            "cơ hội vừa đặt ra thách thức cho công tác khuyến học.",
        ),
        (
            "paragraph",
            "Các Quyết định 1373/QĐ-TTg, 387/QĐ-TTg, 677/QĐ-TTg và 1315/QĐ-TTg (09/11/2023, về phong trào "
            "cả nước thi đua xây dựng xã hội học tập 2023–2030) của Thủ tướng, cùng Quyết định 2547/QĐ-UBND, "
            "Kế hoạch 206/KH-UBND và 210/KH-UBND của UBND tỉnh là căn cứ định hướng mục tiêu, nhiệm vụ của "
            "Hội trong toàn tỉnh.",
        ),
        ("heading", {"text": "II. NHIỆM VỤ TRỌNG TÂM NĂM 2024", "level": 2}),
        (
            "task",
            {
                "content": (
                    "1. Tham mưu cho cấp ủy, chính quyền thực hiện chủ trương về khuyến học; tiếp tục quán "
                    "triệt Kết luận 49 về Chỉ thị 11, các quyết định của Chính phủ, tinh thần lễ phát động thi "
                    "đua ngày 10/6/2023 và buổi làm việc với Trung ương Hội tháng 5/2023."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "2. Tuyên truyền mạnh về khuyến học, học tập suốt đời và chất lượng mô hình học tập trong "
                    "thời đại số; mở rộng ký kết phối hợp với ban, ngành, đoàn thể, trường học, doanh nghiệp."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "3. Củng cố tổ chức Hội các cấp, phát triển và nâng chất lượng hội viên, nhất là trong cơ "
                    "quan, doanh nghiệp, hợp tác xã, tổ hợp sản xuất, đơn vị hành chính sự nghiệp."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "4. Huy động cả hệ thống chính trị và nhân dân thực hiện Quyết định 387, 677 và Kế hoạch "
                    "206, 210: xây dựng, đánh giá, công nhận, tôn vinh và nhân rộng các mô hình học tập."
                ),
                "lead_unit": "Hội Khuyến học các huyện, thành phố",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "5. Vận động xây dựng Quỹ Khuyến học các cấp bằng nhiều hình thức, nhiều đối tượng; thu "
                    "và sử dụng hội phí đúng quy định."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "6. Đẩy mạnh thi đua yêu nước về khuyến học từ cơ sở, khuyến khích mô hình mới, tôn vinh "
                    "điển hình tiên tiến."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": "7. Làm tốt kiểm tra, giám sát, đánh giá chất lượng hoạt động của Hội các cấp.",
                "lead_unit": "Ban Kiểm tra Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        ("heading", {"text": "III. NHIỆM VỤ CỤ THỂ", "level": 2}),
        (
            "task",
            {
                "content": (
                    "1. Tham mưu văn bản chỉ đạo thực hiện chủ trương về xã hội học tập 2021–2030 và mô hình "
                    "học tập theo Quyết định 387, 677; phát động Giải thưởng “Nhân tài đất Việt” 2024 (có giải "
                    "“Khuyến học – Tự học thành tài”) gắn với vận động quỹ; kỷ niệm ngày sinh, ngày mất của "
                    "anh hùng, liệt sĩ Tô Hiệu gắn với vận động Quỹ Học bổng Tô Hiệu."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý I/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "2. Tuyên truyền trên báo chí, phát thanh – truyền hình theo các chương trình phối hợp; tổ "
                    "chức Hội thi “Cán bộ Hội Khuyến học giỏi” toàn tỉnh lần thứ IV, gắn với Ngày Khuyến học "
                    "Việt Nam 02/10/2024."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý IV/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "3. Tập huấn về tổ chức Hội trong thời đại số; cập nhật tài liệu nghiệp vụ; xây dựng phần "
                    "mềm số hóa việc điều tra, thu minh chứng, chấm điểm, tổng hợp và báo cáo theo các bộ tiêu "
                    "chí mô hình học tập."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "4. Tổ chức hội nghị toàn tỉnh về xây dựng mô hình học tập, đánh giá 3 năm thực hiện Quyết "
                    "định 1373 và 2 năm thực hiện Quyết định 387, 677 (dự kiến cuối quý II)."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý II/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "5. Duy trì, nâng chất lượng Trang thông tin điện tử; phát hành Bản tin Khuyến học Sơn La số 35."
                ),
                "lead_unit": "Ban Biên tập Trang thông tin điện tử và Bản tin Khuyến học",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "6. Kiểm tra, giám sát việc thực hiện chương trình, đề án; thu thập số liệu chuẩn cho sơ "
                    "kết, tổng kết; kiểm tra việc bình xét thi đua, khen thưởng."
                ),
                "lead_unit": "Ban Kiểm tra Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "7. Đánh giá, xếp loại và công nhận các mô hình học tập theo bộ tiêu chí đã ban hành, "
                    "thông qua điều tra xã hội học."
                ),
                "lead_unit": "Hội Khuyến học các huyện, thành phố",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "8. Mở rộng ký kết và kế hoạch phối hợp với ban, ngành, đoàn thể, trường học, doanh nghiệp; "
                    "tham gia tích cực các phong trào do Ủy ban MTTQ tỉnh phát động."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "9. Đẩy mạnh thi đua, khen thưởng và học bổng cho người học vượt khó; quý II/2024 dự kiến "
                    "trao học bổng “Học không bao giờ cùng”; biểu dương mô hình học tập tiêu "
                    "biểu tại hội nghị tổng kết năm 2024; phấn đấu quỹ cấp tỉnh tăng 20% so với hiện có."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Quý II/2024",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "10. Nâng hiệu quả hoạt động của Ban Kiểm tra theo Điều lệ và Nghị quyết Đại hội lần thứ V "
                    "(nhiệm kỳ 2021–2026)."
                ),
                "lead_unit": "Ban Kiểm tra Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2024",
                "status": "planned",
            },
        ),
        ("heading", {"text": "IV. ĐỀ XUẤT, KIẾN NGHỊ", "level": 2}),
        (
            "paragraph",
            "Đề nghị Trung ương Hội Khuyến học Việt Nam phối hợp với các bộ, ngành trung ương hoàn thiện, "
            "đồng bộ cơ chế, chính sách cho khuyến học và học tập suốt đời, trước hết là bộ tiêu chí công "
            "nhận các danh hiệu học tập.",
        ),
        (
            "paragraph",
            "Đề nghị Tỉnh ủy, HĐND, UBND tỉnh chỉ đạo các cấp, các ngành bảo đảm cơ sở vật chất và kinh phí "
            "cho Hội, trong đó có chế độ cho cán bộ Hội cơ sở và kinh phí thực hiện các đề án, quyết định "
            "của Thủ tướng Chính phủ.",
        ),
    ],
    "signer_capacity": "TM. HỘI KHUYẾN HỌC TỈNH",
    "signer_title": "",
    "signer_name": "",
    "recipients": [
        "Trung ương Hội Khuyến học Việt Nam (b/c)",
        "Thường trực UBND tỉnh (b/c)",
        "Ban Dân vận, Ban Tuyên giáo Tỉnh ủy",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Cụm trưởng Cụm Khuyến học Tây Bắc (b/c)",
        "Sở Nội vụ; Ban Thi đua – Khen thưởng tỉnh",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
        "Các Ủy viên Ban Chấp hành Tỉnh hội",
        "Hội Khuyến học huyện, thành phố, đơn vị trực thuộc",
        "Lưu: VP, VT",
    ],
}


_KE_HOACH_35 = {
    "kind": "plan",
    "site": "soctrang",
    "slug": "ke-hoach-35-kh-hkh-cong-tac-nam-2025",
    "parent_body": "",
    "issuing_body": "HỘI KHUYẾN HỌC TỈNH SÓC TRĂNG",
    "number": "35",
    "symbol": "35/KH-HKH",
    "place": "Sóc Trăng",
    "date": "2025-02-12",
    "period": "Năm 2025",
    "title": "Kế hoạch công tác khuyến học năm 2025",
    "summary": (
        "Chín nhiệm vụ năm 2025 của Hội Khuyến học tỉnh Sóc Trăng: chuẩn bị đại hội các cấp, kết nạp "
        "23.000–25.000 hội viên mới, đánh giá mô hình học tập và vận động quỹ 5 tỷ đồng ở cấp tỉnh."
    ),
    "legal_bases": ["126/2024/NĐ-CP", "275/QĐ-BNV", "14/NQ-HKH"],
    "body": [
        ("heading", {"text": "I. MỤC ĐÍCH, YÊU CẦU", "level": 2}),
        ("heading", {"text": "1. Mục đích", "level": 3}),
        (
            "paragraph",
            "Làm rõ vai trò, trách nhiệm của cấp ủy, chính quyền, ban ngành, đoàn thể và Nhân dân trong "
            "thực hiện chủ trương về khuyến học, khuyến tài, xây dựng xã hội học tập và các mô hình học "
            "tập suốt đời của công dân, gia đình, dòng họ, cộng đồng, đơn vị.",
        ),
        (
            "paragraph",
            "Khơi dậy tinh thần hiếu học, tự học và sáng tạo trong lao động của cán bộ, đảng viên và người "
            "dân để phong trào đi vào thực chất.",
        ),
        (
            "paragraph",
            "Kịp thời biểu dương, khen thưởng và nhân rộng điển hình tiên tiến, mô hình học tập phù hợp với "
            "từng nhóm đối tượng.",
        ),
        ("heading", {"text": "2. Yêu cầu", "level": 3}),
        (
            "paragraph",
            "Mở rộng mặt trận khuyến học trong các cơ quan, ban ngành, đoàn thể, địa phương qua liên kết, "
            "phối hợp thực hiện những nhiệm vụ trọng tâm hợp với từng đơn vị.",
        ),
        (
            "paragraph",
            "Củng cố tổ chức Hội và hội viên để hoạt động hiệu quả, góp phần nâng dân trí, đào tạo nhân "
            "lực cho phát triển kinh tế – xã hội của tỉnh.",
        ),
        (
            "paragraph",
            "Đa dạng cách vận động tổ chức, cá nhân, doanh nghiệp góp quỹ học bổng cho học sinh, sinh viên "
            "và người lớn.",
        ),
        ("heading", {"text": "II. NỘI DUNG", "level": 2}),
        (
            "task",
            {
                "content": (
                    "1. Tham mưu cấp ủy, chính quyền quán triệt Kết luận 49-KL/TW về tiếp tục thực hiện Chỉ thị "
                    "11-CT/TW; đưa khuyến học vào nhiệm vụ hằng năm của cấp ủy, chi bộ; đề cao nêu gương của "
                    "đảng viên và người đứng đầu (đảng viên là “Công dân học tập”, gia đình đảng viên là “Gia "
                    "đình học tập”, tổ chức cơ sở đảng là “Đơn vị học tập”). Thực hiện Chỉ thị 14/CT-TTg, Quyết "
                    "định 387 và 677, Kế hoạch 78/KH-UBND và 07/KH-UBND của tỉnh; quán triệt Nghị định "
                    "126/2024/NĐ-CP và Nghị quyết 57-NQ/TW tới toàn thể hội viên."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "2. Kiện toàn bộ máy, chuẩn bị nhân sự và điều kiện cho đại hội đại biểu Hội Khuyến học các "
                    "cấp trong tỉnh, hướng tới Đại hội toàn quốc Hội Khuyến học Việt Nam khóa VII (2026–2031)."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "3. Nâng chất lượng tổ chức Hội, kết nạp hội viên mới theo chỉ tiêu nghị quyết: 23.000 đến "
                    "25.000 hội viên; kiện toàn 98% Ban (Chi hội) Khuyến học cơ quan, ban ngành; Hội cấp huyện "
                    "và cơ sở phấn đấu 70% xếp loại Tốt, 30% loại Khá."
                ),
                "lead_unit": "Hội Khuyến học huyện, thị xã, thành phố",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "figures",
            {
                "title": "Chỉ tiêu phát triển hội viên năm 2025",
                "items": [
                    ("Hội viên mới (tối thiểu)", 23000, "hội viên"),
                    ("Hội viên mới (mức cao)", 25000, "hội viên"),
                ],
            },
        ),
        (
            "task",
            {
                "content": (
                    "4. Góp sức để các trung tâm học tập cộng đồng cấp xã chạy thực chất, vận "
                    "động người dân học thường xuyên phục vụ sản xuất, đời sống, giảm nghèo bền vững và xây "
                    "dựng nông thôn mới."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "5. Kiểm tra, đánh giá và nhân rộng mô hình học tập suốt đời tiêu biểu theo Quyết định 387, "
                    "677 và các kế hoạch của tỉnh; tập huấn kỹ năng số cho cán bộ, hội viên; sơ kết, tổng kết "
                    "mô hình học tập theo Kế hoạch 123/KH-KHVN và 196/KH-KHVN; hướng dẫn lập, kiện toàn Ban "
                    "(Chi hội) Khuyến học ở cơ quan, doanh nghiệp, cơ sở tôn giáo theo tiêu chí “Đơn vị học "
                    "tập” của Thông tư 24/2023/TT-BGDĐT."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "6. Giữ vai trò nòng cốt phối hợp với Hội Liên hiệp Phụ nữ, Hội Nông dân, Tỉnh đoàn, Hội "
                    "Cựu chiến binh, Công an tỉnh, Bộ đội Biên phòng, Bộ Chỉ huy Quân sự tỉnh, Đài Phát thanh "
                    "– Truyền hình Sóc Trăng, Công ty Xổ số kiến thiết; cùng Sở Giáo dục và Đào tạo kiểm tra mô "
                    "hình học tập, phổ cập giáo dục, xóa mù chữ theo Thông tư 24/2023 và 25/2023; quán triệt "
                    "Kết luận 91-KL/TW về tiếp tục thực hiện Nghị quyết 29-NQ/TW."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "7. Làm mới cách gây quỹ và cách trao học bổng (khuyến học, khuyến tài, “học không bao giờ "
                    "ngừng”) cho người học mọi lứa tuổi, bảo đảm đạt chỉ tiêu của từng cấp; hướng dẫn lập Quỹ "
                    "Hội Khuyến học các cấp theo Nghị định 93/2019/NĐ-CP và Nghị định 136/2024/NĐ-CP."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "figures",
            {
                "title": "Chỉ tiêu vận động quỹ năm 2025",
                "items": [
                    ("Cấp tỉnh", 5000000000, "đồng"),
                    ("Cấp huyện", 1000000000, "đồng"),
                    ("Cấp xã", 300000000, "đồng"),
                    ("Ban (Chi hội) Khuyến học cơ quan, ban ngành, đoàn thể", 20000000, "đồng"),
                ],
            },
        ),
        (
            "task",
            {
                "content": (
                    "8. Phát động thi đua chào mừng Ngày Khuyến học Việt Nam (02/10/1996 – 02/10/2025), Tháng "
                    "Khuyến học (tháng 9), Tuần lễ học tập suốt đời, đại hội Hội Khuyến học các cấp nhiệm kỳ "
                    "2025–2030 và đại hội toàn quốc, theo quy định thi đua, khen thưởng của Hội Khuyến học "
                    "Việt Nam."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": (
                    "9. Không ngừng làm mới cách thức hoạt động của Hội sao cho sát tình hình địa phương, hiệu "
                    "quả và theo kịp xu hướng chung của cả nước."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2025",
                "status": "planned",
            },
        ),
        ("heading", {"text": "III. TỔ CHỨC THỰC HIỆN", "level": 2}),
        (
            "paragraph",
            "Văn phòng Hội Khuyến học tỉnh dựa vào kế hoạch tổ chức thực hiện các nhiệm vụ (kèm phụ lục), "
            "góp phần vào mục tiêu phát triển kinh tế, văn hóa, xã hội, quốc phòng – an ninh của tỉnh.",
        ),
        (
            "paragraph",
            "Ban (Chi hội) Khuyến học cơ quan, ban ngành, đoàn thể cấp tỉnh và Hội Khuyến học huyện, thị xã, "
            "thành phố xây dựng kế hoạch riêng phù hợp thực tế và triển khai.",
        ),
    ],
    "signer_capacity": "TM. BAN CHẤP HÀNH",
    "signer_title": "PHÓ CHỦ TỊCH",
    "signer_name": "Lâm Sao",
    "recipients": [
        "Thường trực Hội Khuyến học tỉnh",
        "Ban (Chi hội) Khuyến học cơ quan, ban ngành tỉnh",
        "Hội Khuyến học huyện, thị xã, thành phố",
        "Lưu: VT",
    ],
}


_BAO_CAO_HOI_NGHI_2022 = {
    "kind": "report",
    "site": "sonla",
    "slug": "bao-cao-hoi-nghi-chuyen-de-2022",
    "parent_body": "",
    "issuing_body": "HỘI KHUYẾN HỌC TỈNH SƠN LA",
    "number": "",
    "symbol": "",
    "place": "Sơn La",
    "date": None,
    "period": "Năm 2022",
    "title": (
        "Báo cáo kết quả hoạt động, khó khăn, vướng mắc và giải pháp tháo gỡ trong công tác khuyến học, "
        "khuyến tài, xây dựng xã hội học tập"
    ),
    "summary": (
        "Tài liệu hội nghị chuyên đề năm 2022: 320.489 hội viên, các mô hình học tập vượt chỉ tiêu Đề án "
        "281, khoản ủng hộ 6,1 tỷ đồng cho Quỹ Học bổng Tô Hiệu; nêu khó khăn về cán bộ, kinh phí, quỹ "
        "cấp huyện và tám giải pháp."
    ),
    "legal_bases": [
        "49-KL/TW",
        "11-CT/TW",
        "281/QĐ-TTg",
        "162-KH/TU",
        "14/CT-TTg",
        "1373/QĐ-TTg",
        "387/QĐ-TTg",
        "2547/QĐ-UBND",
        "44/2014/TT-BGDĐT",
    ],
    "body": [
        ("heading", {"text": "PHẦN THỨ NHẤT – KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "level": 2}),
        (
            "paragraph",
            "Sơn La phát triển mạnh trên nhiều mặt; xây dựng nông thôn mới và đô thị hóa được nhân dân hưởng "
            "ứng. Khuyến học được Đảng, Chính phủ quan tâm qua Kết luận 49-KL/TW (10/5/2019), Quyết định "
            "281/QĐ-TTg (20/2/2014), Chỉ thị 14/CT-TTg (22/5/2021), Quyết định 1373/QĐ-TTg, 387/QĐ-TTg; ở "
            "tỉnh có Kế hoạch 162-KH/TU của Ban Thường vụ Tỉnh ủy và Quyết định 2547/QĐ-UBND. Nhờ đó, được "
            "cấp ủy chỉ đạo, ngành phối hợp và nhân dân đồng lòng, khuyến học đã thành phong trào của toàn dân.",
        ),
        ("heading", {"text": "1. Tư vấn, tham mưu cho cấp ủy, chính quyền", "level": 3}),
        (
            "paragraph",
            "Dù cán bộ chuyên trách cấp xã đã thôi việc, thay bằng người kiêm nhiệm và bị cắt phụ cấp, các "
            "cấp Hội vẫn chủ động đề xuất văn bản triển khai chủ trương của cấp trên, xây dựng và đánh giá "
            "mô hình học tập theo Đề án 281 và Thông tư 44/2014/TT-BGDĐT.",
        ),
        (
            "paragraph",
            "UBND tỉnh ban hành Kế hoạch 37/KH-UBND (17/3/2016) về xây dựng và đánh giá mô hình học tập "
            "2016–2020, Công văn 1815/UBND-TH (14/6/2016) yêu cầu các huyện cấp kinh phí cho Đề án 281, Kế "
            "hoạch 253/KH-UBND (31/12/2019) triển khai Kế hoạch 162-KH/TU; bước đầu triển khai Chỉ thị 14, "
            "Quyết định 1373, 387 và Kế hoạch 2547.",
        ),
        ("heading", {"text": "2. Thông tin, tuyên truyền và tập huấn nghiệp vụ", "level": 3}),
        (
            "paragraph",
            "Tuyên truyền là thế mạnh của Khuyến học Sơn La. Hội phối hợp với Đài Phát thanh – Truyền hình, "
            "Báo Sơn La duy trì chuyên mục khuyến học dài 5–10 phút vào tối thứ Sáu hằng tuần, có bài trên "
            "báo, tạp chí trung ương và địa phương; tổ chức hội thi tìm hiểu, hội diễn văn nghệ, thi sáng "
            "kiến kinh nghiệm; bản tin khuyến học ra ba tháng một số. Các huyện, thành phố năm nào cũng mở "
            "lớp tập huấn cho hàng nghìn hội viên.",
        ),
        ("heading", {"text": "3. Phát triển tổ chức và hội viên", "level": 3}),
        (
            "paragraph",
            "Mạng lưới Hội đã phủ tới bản làng, tổ dân phố, dòng họ, hội đồng hương; tổ chức Hội đã có ở "
            "toàn bộ các trường đại học, cao đẳng, trung cấp và đang mở rộng trong cơ quan, doanh nghiệp. "
            "Tỷ lệ hội viên so với dân số đạt 26%, cao hơn chỉ tiêu của Đại hội toàn quốc lần thứ V 6% và "
            "chỉ tiêu Đại hội lần thứ IV của Hội tỉnh 2%.",
        ),
        (
            "figures",
            {
                "title": "Tổ chức Hội và hội viên (năm 2022)",
                "items": [
                    ("Hội Khuyến học huyện, thành phố", 12, "hội"),
                    ("Hội Khuyến học xã, phường, thị trấn", 204, "hội"),
                    ("Hội, Ban khuyến học trực thuộc Tỉnh hội", 29, "đơn vị"),
                    ("Chi hội khuyến học", 3606, "chi hội"),
                    ("Trong đó: chi hội tổ, bản vùng thấp", 1584, "chi hội"),
                    ("Trong đó: chi hội bản vùng cao", 828, "chi hội"),
                    ("Trong đó: chi hội dòng họ", 334, "chi hội"),
                    ("Trong đó: chi hội doanh nghiệp", 87, "chi hội"),
                    ("Ban khuyến học khối cơ quan cấp huyện, xã", 417, "ban"),
                    ("Tổng số hội viên", 320489, "hội viên"),
                    ("Hội viên là đảng viên", 46017, "hội viên"),
                    ("Hội viên ở vùng cao", 85684, "hội viên"),
                ],
            },
        ),
        (
            "heading",
            {
                "text": "4. Thực hiện Đề án 281, thí điểm “Công dân học tập” và Đề án xây dựng xã hội học tập 2021–2030",
                "level": 3,
            },
        ),
        (
            "paragraph",
            "Đề án 281 là nhiệm vụ xuyên suốt và các mô hình học tập của tỉnh đều vượt chỉ tiêu: Gia đình học "
            "tập đạt 73,6% (vượt 3,6%), Cộng đồng học tập 85,5% (vượt 25,5%), Đơn vị học tập 80,7% (vượt "
            "20,7%), Dòng họ học tập 70,2% (vượt 20,2%); Cộng đồng học tập cấp xã đạt 58,3%.",
        ),
        (
            "paragraph",
            "Sau Đề án 281, Hội tỉnh thí điểm mô hình “Công dân học tập” theo chỉ đạo của Trung ương Hội, rút "
            "kinh nghiệm và góp ý để hoàn thiện bộ tiêu chí trình Thủ tướng Chính phủ.",
        ),
        ("heading", {"text": "5. Vận động, quản lý và sử dụng Quỹ Khuyến học", "level": 3}),
        (
            "paragraph",
            "Vận động quỹ ở Sơn La khó hơn nhiều tỉnh, nhưng nhờ Tỉnh ủy, HĐND, UBND tỉnh ủng hộ, quỹ tỉnh "
            "năm nào cũng có dư trên 500 triệu đồng từ ngân sách. Đúng dịp tròn 110 năm ngày sinh nhà cách "
            "mạng Tô Hiệu (3/3/2022), quỹ học bổng mang tên ông được ủng hộ 6,1 tỷ đồng – chưa từng có "
            "khoản nào lớn như vậy. Ở cấp huyện chỉ 6/12 đơn vị có quỹ từ 100 triệu đồng trở lên (Thuận Châu, Sông Mã, Sốp "
            "Cộp, Yên Châu, Phù Yên, Mộc Châu); Mai Sơn không còn quỹ, Vân Hồ và thành phố còn rất ít.",
        ),
        (
            "figures",
            {
                "title": "Quỹ Học bổng Tô Hiệu và quỹ tỉnh",
                "items": [
                    ("Khoản ủng hộ Quỹ Học bổng Tô Hiệu ngày 3/3/2022", 6100000000, "đồng"),
                    ("Ngân sách cấp cho quỹ tỉnh hằng năm (trên)", 500000000, "đồng"),
                    ("Huyện, thành phố có quỹ từ 100 triệu đồng trở lên", 6, "đơn vị"),
                ],
            },
        ),
        ("heading", {"text": "PHẦN THỨ HAI – NHỮNG KHÓ KHĂN, VƯỚNG MẮC CẦN THÁO GỠ", "level": 2}),
        ("heading", {"text": "1. Sự quan tâm của lãnh đạo cơ sở", "level": 3}),
        (
            "paragraph",
            "Ở một số nơi, Hội chưa được quan tâm đúng mức: cấp huyện nơi có 3, nơi chỉ có 1 cán bộ chuyên "
            "trách; cán bộ xã thay đổi liên tục, không phụ cấp, không hỗ trợ; kinh phí theo Thông tư 07 của "
            "Bộ Tài chính và Kế hoạch 162-KH/TU ít được thực hiện; hiếm có nghị quyết, văn bản chuyên đề; "
            "tiêu chí “Đơn vị học tập” chưa được đưa vào bình xét thi đua cuối năm như Chỉ thị 19-CT/TU "
            "(14/6/2012) và Chỉ thị 14/CT-TTg yêu cầu; có nơi lãnh đạo chưa trực tiếp kêu gọi ủng hộ quỹ.",
        ),
        ("heading", {"text": "2. Phối hợp với các ngành, đoàn thể", "level": 3}),
        (
            "paragraph",
            "Các huyện, thành phố đều ký kết phối hợp hằng năm, nhiều phòng giáo dục và đoàn thể làm tốt, "
            "nhưng ở Sốp Cộp, Yên Châu vẫn chưa rạch ròi ai tham mưu, ai đánh giá, xếp loại theo hai Thông "
            "tư 44 và 22. Trung tâm chính trị ở Sốp Cộp, Quỳnh Nhai… không còn đưa lớp bồi dưỡng khuyến "
            "học vào danh mục hằng năm; một số lãnh đạo ngành tham gia Ban Chấp hành Hội nhưng thường vắng họp.",
        ),
        ("heading", {"text": "3. Công tác cán bộ", "level": 3}),
        (
            "paragraph",
            "Sau Đại hội nhiệm kỳ V, cán bộ chủ chốt thay đổi nhiều: chỉ Bắc Yên và Vân Hồ giữ nguyên người "
            "và chức danh; thành phố Sơn La thay mới toàn bộ Chủ tịch, Phó Chủ tịch và Ủy viên thường trực; "
            "Quỳnh Nhai thay cả Chủ tịch và Phó Chủ tịch; Mường La, Yên Châu, Mộc Châu, Phù Yên có Chủ tịch "
            "mới; nhiều nơi có Phó Chủ tịch mới.",
        ),
        (
            "paragraph",
            "Ở cấp xã, Chủ tịch, Phó Chủ tịch Hội thay đổi thường xuyên, Phó Chủ tịch đều kiêm nhiệm (cán bộ "
            "Phụ nữ, Mặt trận, Thanh niên…), trình độ không đều và hầu hết không có nghiệp vụ sư phạm; cán bộ "
            "xã và chi hội trưởng tổ, bản không có phụ cấp dù phải làm nhiều việc theo các đề án. Kinh phí cấp "
            "xã rất hạn hẹp; Thuận Châu, Quỳnh Nhai chưa cấp từ năm 2021, 2022.",
        ),
        (
            "figures",
            {
                "title": "Biên chế chuyên trách của Hội cấp huyện",
                "items": [
                    ("Thành phố Sơn La", 3, "người"),
                    ("Quỳnh Nhai", 3, "người"),
                    ("Thuận Châu", 3, "người"),
                    ("Sốp Cộp", 3, "người"),
                    ("Vân Hồ", 2, "người"),
                    ("Mộc Châu", 2, "người"),
                    ("Yên Châu", 2, "người"),
                    ("Phù Yên", 2, "người"),
                    ("Mường La", 2, "người"),
                    ("Mai Sơn", 1, "người"),
                    ("Sông Mã", 1, "người"),
                    ("Bắc Yên", 1, "người"),
                ],
            },
        ),
        ("heading", {"text": "4. Kinh phí hoạt động", "level": 3}),
        (
            "paragraph",
            "Kinh phí cấp cho các huyện, thành phố ít và không đều; sau khi trừ thù lao, phần cho hoạt động "
            "còn rất nhỏ (Mộc Châu còn 110 triệu, Mai Sơn 30 triệu, Yên Châu và thành phố mỗi nơi 20 triệu; "
            "Thuận Châu chỉ còn 50 triệu cho 29 xã, thị trấn). Sông Mã dành 100 triệu, Mường La 30 triệu cho "
            "Đề án 281; Sốp Cộp chi 70 triệu cho mô hình học tập. Vì vậy tuyên truyền, thi đua, học bổng cho "
            "học sinh nghèo đều rất khó.",
        ),
        (
            "figures",
            {
                "title": "Kinh phí hoạt động cấp huyện được cấp mỗi năm",
                "items": [
                    ("Sốp Cộp", 283000000, "đồng"),
                    ("Thuận Châu", 275000000, "đồng"),
                    ("Mộc Châu", 218000000, "đồng"),
                    ("Sông Mã", 187300000, "đồng"),
                    ("Mường La", 165000000, "đồng"),
                    ("Thành phố Sơn La", 164000000, "đồng"),
                    ("Phù Yên", 130000000, "đồng"),
                    ("Vân Hồ", 129000000, "đồng"),
                    ("Yên Châu", 125500000, "đồng"),
                    ("Mai Sơn", 80000000, "đồng"),
                    ("Bắc Yên", 75000000, "đồng"),
                ],
            },
        ),
        ("heading", {"text": "5. Vận động xây dựng Quỹ Khuyến học", "level": 3}),
        (
            "paragraph",
            "Năm nào các huyện, thành phố cũng phát động ủng hộ quỹ nhưng kết quả thấp; chỉ Thuận Châu, Yên "
            "Châu, Sông Mã có quỹ đáng kể. Thiếu quỹ làm hạn chế học bổng cho học sinh nghèo và khen thưởng; "
            "nếu Hội tự vận động một mình thì rất khó, cần lãnh đạo địa phương cùng vào cuộc.",
        ),
        (
            "figures",
            {
                "title": "Số dư Quỹ Khuyến học các huyện, thành phố (năm 2022)",
                "items": [
                    ("Thuận Châu", 610000000, "đồng"),
                    ("Yên Châu", 380000000, "đồng"),
                    ("Sông Mã", 331000000, "đồng"),
                    ("Sốp Cộp", 153347000, "đồng"),
                    ("Phù Yên", 129000000, "đồng"),
                    ("Mộc Châu", 112000000, "đồng"),
                    ("Mường La", 96249000, "đồng"),
                    ("Bắc Yên", 95000000, "đồng"),
                    ("Quỳnh Nhai", 51077000, "đồng"),
                    ("Thành phố Sơn La", 13600000, "đồng"),
                    ("Vân Hồ", 12000000, "đồng"),
                    ("Mai Sơn", 0, "đồng"),
                ],
            },
        ),
        ("heading", {"text": "PHẦN THỨ BA – ĐỀ XUẤT MỘT SỐ GIẢI PHÁP", "level": 2}),
        (
            "paragraph",
            "Cán bộ khuyến học cơ sở thiếu ổn định và không có thù lao, nhận thức về học tập suốt đời chưa "
            "đúng tầm, quỹ và kinh phí còn thấp. Sự lãnh đạo của cấp ủy, chính quyền là yếu tố quyết định; "
            "tham mưu tốt và hoạt động hiệu quả giúp Hội tạo được niềm tin, và khuyến học thành công khi làm "
            "tốt công tác dân vận.",
        ),
        (
            "paragraph",
            "1. Tiếp tục tuyên truyền, tập huấn văn kiện của Đảng, Nhà nước về khuyến học để tham mưu chủ "
            "trương, kế hoạch sát thực tế; vận động toàn dân cùng tham gia.",
        ),
        (
            "paragraph",
            "2. Xây dựng hệ thống Hội vững mạnh từ tỉnh đến cơ sở: nâng chất lượng cán bộ, tăng hội viên, "
            "đáp ứng yêu cầu chuyển đổi số quốc gia.",
        ),
        (
            "paragraph",
            "3. Đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị và nhân rộng mô hình "
            "“Công dân học tập”, kế thừa kết quả 2016–2020 và bổ sung yêu cầu mới của Quyết định 1373/QĐ-TTg.",
        ),
        (
            "paragraph",
            "4. Mở rộng ký kết và kế hoạch phối hợp với ban, ngành, đoàn thể, trường học, doanh nghiệp thành "
            "một liên minh cùng thúc đẩy khuyến học.",
        ),
        (
            "paragraph",
            "5. Phát triển Quỹ Khuyến học và dùng đúng mục đích; đổi mới cách thu hội phí để có thêm nguồn "
            "kinh phí hoạt động và động viên cán bộ.",
        ),
        (
            "paragraph",
            "6. Học tập tấm gương tự học của Chủ tịch Hồ Chí Minh qua hội nghị, hội thảo về mô hình học tập "
            "và cách học mọi lúc, mọi nơi bằng công nghệ thông tin.",
        ),
        ("paragraph", "7. Làm tốt kiểm tra, giám sát và thi đua, khen thưởng."),
        (
            "paragraph",
            "8. Kiến nghị Thường trực Tỉnh ủy, HĐND, UBND tỉnh xem xét phụ cấp cho cán bộ khuyến học cấp xã "
            "và chính sách cho chi hội trưởng tổ, bản theo Quyết định 1373/QĐ-TTg, Chỉ thị 14/CT-TTg và Kế "
            "hoạch 162-KH/TU; đề nghị Ban Tuyên giáo đưa lớp của Hội vào danh mục của trung tâm chính trị "
            "huyện, Sở Tài chính chỉ đạo cấp kinh phí cho xã, Sở Giáo dục và Đào tạo tập huấn Thông tư 44 "
            "và Thông tư 22.",
        ),
        ("heading", {"text": "Kết quả xử lý kiến nghị", "level": 3}),
        (
            "paragraph",
            "Theo tham mưu của Hội, Thường trực Tỉnh ủy ban hành Công văn 1936-CV/TU (01/6/2022) xem xét các "
            "đề nghị; UBND tỉnh ra Công văn 2036/UBND-KGVX (03/6/2022) giao Sở Nội vụ xem xét phụ cấp cho cán "
            "bộ khuyến học cấp xã, Sở Tài chính xem xét bổ sung kinh phí cho Hội cấp huyện, xã và Sở Giáo "
            "dục và Đào tạo tập huấn Thông tư 44, Thông tư 22.",
        ),
    ],
    "signer_capacity": "",
    "signer_title": "",
    "signer_name": "",
    "recipients": [],
}


_KE_HOACH_TUYEN_TRUYEN_2023 = {
    "kind": "plan",
    "site": "sonla",
    "slug": "ke-hoach-tuyen-truyen-nam-2023",
    "parent_body": "",
    "issuing_body": "HỘI KHUYẾN HỌC TỈNH SƠN LA",
    "number": "",
    "symbol": "",
    "place": "Sơn La",
    "date": None,
    "period": "Năm 2023",
    "title": "Kế hoạch tuyên truyền năm 2023",
    "summary": (
        "Kế hoạch tuyên truyền năm 2023 của hệ thống khuyến học Sơn La: mỗi chủ tịch Hội gửi Ban Biên tập "
        "ít nhất 2 tin và 2 bài mỗi tháng, báo cáo theo tháng, quý; chuyên mục phát thanh – truyền hình "
        "tiếng Kinh, Thái, Mông xoay vòng chủ đề hằng tuần."
    ),
    "legal_bases": [
        "07/KH-HKHVN",
        "11-CT/TW",
        "49-KL/TW",
        "14/CT-TTg",
        "1373/QĐ-TTg",
        "387/QĐ-TTg",
        "677/QĐ-TTg",
        "162-KH/TU",
        "2547/QĐ-UBND",
        "242/QĐ-KHVN",
        "244/QĐ-KHVN",
    ],
    "body": [
        (
            "paragraph",
            "Căn cứ Kế hoạch tuyên truyền 07/KH-HKHVN (11/01/2023) của Hội Khuyến học Việt Nam và kế hoạch "
            "hoạt động năm 2023 của Hội tỉnh, Hội Khuyến học tỉnh Sơn La đặt kế hoạch tuyên truyền chung cho "
            "hệ thống khuyến học toàn tỉnh.",
        ),
        ("heading", {"text": "I. MỤC ĐÍCH, YÊU CẦU", "level": 2}),
        ("heading", {"text": "1. Mục đích", "level": 3}),
        (
            "paragraph",
            "Giúp cán bộ, hội viên và người dân hiểu rõ, nhận rõ trách nhiệm của mình, từ đó biến các "
            "nhiệm vụ của Hội thành việc làm cụ thể trong thời kỳ mới.",
        ),
        (
            "paragraph",
            "Mỗi cấp Hội dựa vào nhiệm vụ trọng tâm năm 2023 của Tỉnh hội để lập kế hoạch, chọn nội dung và "
            "hình thức tuyên truyền hợp với địa bàn, đối tượng.",
        ),
        (
            "paragraph",
            "Phối hợp với các ngành và cơ quan báo chí trung ương, địa phương mở chuyên trang, chuyên mục về "
            "khuyến học, tạo sức lan tỏa và sự đồng thuận trong xã hội.",
        ),
        ("heading", {"text": "2. Yêu cầu", "level": 3}),
        (
            "paragraph",
            "Tuyên truyền đúng đường lối của Đảng, pháp luật của Nhà nước, tuân thủ Luật Báo chí và Luật "
            "Xuất bản, theo định hướng của Trung ương Hội, Tỉnh ủy, HĐND, UBND tỉnh; coi trọng chất lượng, "
            "hiệu quả, tránh hình thức và lãng phí.",
        ),
        ("heading", {"text": "II. NỘI DUNG TUYÊN TRUYỀN", "level": 2}),
        (
            "task",
            {
                "content": (
                    "1. Tham mưu cho cấp ủy, chính quyền về chủ trương, giải pháp tuyên truyền; đề nghị Tỉnh ủy "
                    "chỉ đạo thực hiện nghiêm Chỉ thị 11-CT/TW, Kết luận 49-KL/TW, các Quyết định 1373, 387, 677 "
                    "và Kế hoạch 162-KH/TU; đề xuất HĐND, UBND về chế độ cho cán bộ Hội và bộ máy, biên chế; "
                    "phối hợp với các sở, ngành theo chương trình đã ký."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "2. Tuyên truyền sâu rộng chủ trương, chính sách về khuyến học; duy trì và nâng chất lượng "
                    "tin, bài trên Trang thông tin điện tử và Bản tin Khuyến học Sơn La; lan tỏa tấm gương tự "
                    "học của Chủ tịch Hồ Chí Minh và cách học mọi lúc, mọi nơi nhờ công nghệ."
                ),
                "lead_unit": "Ban Biên tập Trang thông tin điện tử và Bản tin Khuyến học",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "3. Xây dựng hệ thống Hội vững mạnh từ tỉnh đến cơ sở, quản lý theo pháp chế, nâng chất "
                    "lượng cán bộ, tăng hội viên, đáp ứng yêu cầu chuyển đổi số quốc gia."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "4. Đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị và mô hình “Công "
                    "dân học tập”; vận động xây dựng hạ tầng số, trang bị kỹ năng số cơ bản để người lớn học "
                    "thường xuyên, lấy tự học làm chính."
                ),
                "lead_unit": "Hội Khuyến học các huyện, thành phố",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "5. Mở rộng ký kết phối hợp với ban, ngành, đoàn thể, trường học, doanh nghiệp; tham gia đầy "
                    "đủ các phong trào do Ủy ban MTTQ tỉnh phát động."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "6. Vận động Quỹ Khuyến học các cấp để trao nhiều học bổng cho học sinh nghèo, người học khó "
                    "khăn hoặc có thành tích cao, nhận đỡ đầu “con nuôi khuyến học”, học bổng du học; quản lý "
                    "quỹ công khai, minh bạch; thu và sử dụng hội phí, trích một phần hỗ trợ Phó Chủ tịch Hội "
                    "xã và chi hội trưởng; đề xuất bố trí ngân sách cho mô hình học tập."
                ),
                "lead_unit": "Hội Khuyến học các cấp",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "7. Đẩy mạnh thi đua về khuyến học từ cơ sở; tôn vinh điển hình, nhà tài trợ, nhà hảo tâm, "
                    "cơ quan, doanh nghiệp có nhiều đóng góp; hưởng ứng Giải thưởng “Nhân tài đất Việt” 2023 "
                    "(có giải “Khuyến học – Tự học thành tài”); theo dõi việc đánh giá, xếp loại mô hình học tập "
                    "để khen thưởng đúng."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "8. Tăng cường thanh tra, kiểm tra, giám sát: lập kế hoạch, chương trình kiểm tra năm 2023 "
                    "theo Quy chế và Điều lệ Hội."
                ),
                "lead_unit": "Ban Kiểm tra Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        ("heading", {"text": "III. TỔ CHỨC THỰC HIỆN", "level": 2}),
        ("heading", {"text": "1. Hội Khuyến học tỉnh", "level": 3}),
        (
            "task",
            {
                "content": (
                    "Tuyên truyền thường xuyên trên báo chí của tỉnh và cơ quan trung ương đóng tại địa phương về "
                    "Kết luận 49-KL/TW, Chỉ thị 14/CT-TTg, các Quyết định 1373, 387, 677 của Thủ tướng, Kế hoạch "
                    "162-KH/TU, Quyết định 2547/QĐ-UBND và các Quyết định 242, 244/QĐ-KHVN về bộ tiêu chí mô hình "
                    "học tập; các ngày lễ lớn, Tháng Khuyến học, Ngày Khuyến học Việt Nam."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "Cùng Báo Sơn La và Đài Phát thanh – Truyền hình tỉnh duy trì chuyên mục khuyến học; mở lớp "
                    "tập huấn triển khai văn bản cấp trên; đổi mới tin, bài trên Trang thông tin điện tử và Bản "
                    "tin Khuyến học Sơn La; tôn vinh nhà tài trợ, nhà hảo tâm và tấm gương khuyến học."
                ),
                "lead_unit": "Thường trực Hội Khuyến học tỉnh",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        ("heading", {"text": "2. Hội Khuyến học các huyện, thành phố", "level": 3}),
        (
            "task",
            {
                "content": (
                    "Mỗi Hội huyện, thành phố tự lập kế hoạch phổ biến chủ trương của Đảng, Chính phủ, tỉnh và các "
                    "Quyết định 242, 244 của Hội Khuyến học Việt Nam; phản ánh kịp thời chuyển biến của mô hình học tập "
                    "trong chuyển đổi số; tận dụng các ngày kỷ niệm để vận động phong trào và Quỹ Khuyến học."
                ),
                "lead_unit": "Hội Khuyến học các huyện, thành phố",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": (
                    "Chủ tịch Hội trực tiếp viết và gửi về Ban Biên tập Trang thông tin điện tử và Bản tin "
                    "Khuyến học Sơn La mỗi tháng ít nhất 2 tin và 2 bài của đơn vị mình; đồng thời cung cấp tin, "
                    "bài, tư liệu cho báo, đài để biểu dương điển hình và người tốt việc tốt."
                ),
                "lead_unit": "Chủ tịch Hội Khuyến học các huyện, thành phố",
                "timeframe": "Hằng tháng",
                "status": "planned",
            },
        ),
        (
            "task",
            {
                "content": "Báo cáo kết quả công tác tuyên truyền về Hội Khuyến học tỉnh theo tháng và theo quý.",
                "lead_unit": "Hội Khuyến học các huyện, thành phố",
                "timeframe": "Hằng tháng, hằng quý",
                "status": "planned",
            },
        ),
        (
            "heading",
            {"text": "3. Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh; Ban Khuyến học các sở, ban, ngành", "level": 3},
        ),
        (
            "task",
            {
                "content": (
                    "Đề cao trách nhiệm của tổ chức đảng và đảng viên trong củng cố tổ chức Hội, phát triển hội "
                    "viên và hoạt động khuyến học ở cơ quan, doanh nghiệp theo Chỉ thị 11-CT/TW, Kết luận "
                    "49-KL/TW và Kế hoạch 162-KH/TU."
                ),
                "lead_unit": "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "heading",
            {"text": "4. Báo Sơn La, Đài Phát thanh – Truyền hình tỉnh, Bản tin Thông báo nội bộ", "level": 3},
        ),
        (
            "paragraph",
            "Đề nghị các cơ quan báo chí phối hợp phổ biến các văn bản nêu trên; Đài Phát thanh – Truyền hình "
            "tỉnh duy trì chuyên mục “Khuyến học Sơn La” bằng ba thứ tiếng Kinh, Thái, Mông vào tối thứ Sáu "
            "hằng tuần, các Hội huyện, thành phố cùng đài huyện cung cấp tư liệu theo chủ đề luân phiên "
            "trong tháng; Báo Sơn La mở chuyên mục khuyến học trên báo điện tử.",
        ),
        (
            "task",
            {
                "content": "Tuần 1: điển hình tiêu biểu về Gia đình học tập (phát bằng tiếng Kinh, Thái, Mông).",
                "lead_unit": "Đài Phát thanh – Truyền hình tỉnh",
                "timeframe": "Tuần 1 hằng tháng",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": "Tuần 2: điển hình về Dòng họ học tập (phát bằng tiếng Kinh, Thái, Mông).",
                "lead_unit": "Đài Phát thanh – Truyền hình tỉnh",
                "timeframe": "Tuần 2 hằng tháng",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": "Tuần 3: điển hình về Cộng đồng học tập và Đơn vị học tập (phát bằng tiếng Kinh, Thái, Mông).",
                "lead_unit": "Đài Phát thanh – Truyền hình tỉnh",
                "timeframe": "Tuần 3 hằng tháng",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": "Tuần 4: điển hình về Công dân học tập (phát bằng tiếng Kinh, Thái, Mông).",
                "lead_unit": "Đài Phát thanh – Truyền hình tỉnh",
                "timeframe": "Tuần 4 hằng tháng",
                "status": "done",
            },
        ),
        (
            "task",
            {
                "content": "Mở chuyên mục khuyến học trên Báo Sơn La điện tử.",
                "lead_unit": "Báo Sơn La",
                "timeframe": "Cả năm 2023",
                "status": "done",
            },
        ),
        (
            "paragraph",
            "Các cơ quan phối hợp, Hội Khuyến học huyện, thành phố và các Hội, Ban khuyến học trực thuộc Tỉnh "
            "hội cùng thực hiện kế hoạch với chất lượng, hiệu quả.",
        ),
    ],
    "signer_capacity": "",
    "signer_title": "",
    "signer_name": "",
    "recipients": [],
}


OFFICIAL_DOCUMENTS = [
    _KE_HOACH_137,
    _BAO_CAO_01,
    _KE_HOACH_35,
    _BAO_CAO_HOI_NGHI_2022,
    _KE_HOACH_TUYEN_TRUYEN_2023,
]
