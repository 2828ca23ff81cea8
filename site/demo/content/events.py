"""Sự kiện của Hội Khuyến học Sơn La và Sóc Trăng, dựng từ các mốc trong kế hoạch và báo cáo.

"when" cho biết ngày diễn ra:
- {"date": "2023-10-02"}: một ngày cố định đã nêu trong văn bản;
- {"in_days": n}: n ngày sau hôm nay (âm là đã qua), để lịch tháng này không bao giờ trống;
- {"last": "09-01"} / {"next": "03-07"}: lần gần nhất đã qua / sắp tới của một ngày lặp lại hằng năm
  (Tháng Khuyến học, Ngày Khuyến học Việt Nam 2/10, ngày mất đồng chí Tô Hiệu).

"time" là giờ bắt đầu ("08:00"), None nếu diễn ra cả ngày; "days" là số ngày (mặc định 1);
"until" là giờ kết thúc của ngày cuối. Tiêu đề, tóm tắt và nội dung có thể chứa {year} (năm diễn
ra), {report_year} (năm được tổng kết), {since_1996} (số năm kể từ ngày thành lập Hội Khuyến học
Việt Nam 2/10/1996), {since_2008} (số năm Ngày Khuyến học Việt Nam), {since_1944} và {since_1912}
(số năm ngày mất, ngày sinh đồng chí Tô Hiệu).
"""

SON_LA_OFFICE = ("Trụ sở Hội Khuyến học tỉnh Sơn La", "Thành phố Sơn La, tỉnh Sơn La")
SOC_TRANG_OFFICE = ("Trụ sở Hội Khuyến học tỉnh Sóc Trăng", "Thành phố Sóc Trăng, tỉnh Sóc Trăng")

EVENT_INDEXES = {
    "sonla": (
        "Tháng Khuyến học, Ngày Khuyến học Việt Nam 2/10, lễ trao học bổng, hội nghị và đại hội của "
        "Hội Khuyến học tỉnh Sơn La. Có thể tải từng sự kiện hoặc cả lịch về điện thoại (tệp .ics)."
    ),
    "soctrang": (
        "Các hoạt động của Hội Khuyến học tỉnh Sóc Trăng trong năm: Tháng Khuyến học, Ngày Khuyến học "
        "Việt Nam, trao học bổng, hội nghị. Có thể tải lịch về điện thoại (tệp .ics)."
    ),
}

EVENTS = [
    # -- Sơn La ---------------------------------------------------------------
    {
        "site": "sonla",
        "slug": "ky-niem-15-nam-ngay-khuyen-hoc-viet-nam",
        "title": "Gặp mặt, tọa đàm kỷ niệm 15 năm Ngày Khuyến học Việt Nam",
        "kind": "ngay-khuyen-hoc",
        "when": {"date": "2023-10-02"},
        "time": "08:00",
        "until": "11:00",
        "place": SON_LA_OFFICE,
        "chapter": None,
        "summary": (
            "Hội Khuyến học tỉnh gặp mặt, tọa đàm nhân 15 năm Ngày Khuyến học Việt Nam (2008–2023) và "
            "27 năm thành lập Hội Khuyến học Việt Nam (1996–2023)."
        ),
        "body": [
            "Ngày 2/10/2023 là dịp tròn 15 năm kể từ khi ngày 2/10 trở thành Ngày Khuyến học Việt Nam "
            "(2008) và 27 năm Hội Khuyến học Việt Nam ra đời (1996).",
            "Buổi gặp mặt, tọa đàm ôn lại chặng đường của Hội Khuyến học Việt Nam và của Hội Khuyến học "
            "tỉnh Sơn La, đồng thời mở đầu các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2023.",
        ],
    },
    {
        "site": "sonla",
        "slug": "ky-niem-80-nam-ngay-mat-dong-chi-to-hieu",
        "title": "Kỷ niệm 80 năm ngày mất đồng chí Tô Hiệu, vận động Quỹ Học bổng Tô Hiệu",
        "kind": "trao-hoc-bong",
        "when": {"date": "2024-03-07"},
        "time": "08:00",
        "until": "10:30",
        "place": ("Khu di tích Nhà tù Sơn La", "Phường Tô Hiệu, thành phố Sơn La, tỉnh Sơn La"),
        "chapter": None,
        "summary": (
            "Theo Kế hoạch 137/KH-HKH, Hội phối hợp tổ chức kỷ niệm 80 năm ngày mất (07/3/1944 – "
            "07/3/2024) và 112 năm ngày sinh của liệt sĩ Tô Hiệu, gắn với vận động Quỹ Học bổng Tô Hiệu."
        ),
        "body": [
            "Kế hoạch thực hiện nhiệm vụ năm 2024 của Hội Khuyến học tỉnh (số 137/KH-HKH) đặt chương trình "
            "kỷ niệm ngày mất, ngày sinh đồng chí Tô Hiệu cùng với việc vận động xây dựng Quỹ Học bổng mang "
            "tên ông.",
            "Quỹ từng nhận khoản ủng hộ 6,1 tỷ đồng ngày 3/3/2022. Năm 2023, quỹ trao 80 suất học bổng cho "
            "học sinh các trường mang tên Tô Hiệu và hỗ trợ 4 học sinh khó khăn ở Vân Hồ, tổng cộng "
            "92 triệu đồng.",
        ],
    },
    {
        "site": "sonla",
        "slug": "thang-khuyen-hoc-{year}",
        "title": "Tháng Khuyến học năm {year}",
        "kind": "thang-khuyen-hoc",
        "when": {"last": "09-01"},
        "time": None,
        "days": 30,
        "place": ("Các cấp Hội trong toàn tỉnh", "Tỉnh Sơn La"),
        "chapter": None,
        "summary": (
            "Tháng Chín, cùng mùa khai giảng, các cấp Hội trong tỉnh tuyên truyền, vận động quỹ và trao "
            "học bổng cho học sinh khó khăn."
        ),
        "body": [
            "Tháng Khuyến học diễn ra trong suốt tháng 9, khi học sinh bước vào năm học mới. Các cấp Hội "
            "tuyên truyền về khuyến học, khuyến tài và xây dựng xã hội học tập trên báo, đài và mạng xã hội.",
            "Nhân Tháng Khuyến học năm 2023, Hội tỉnh nhận đỡ đầu 12 học sinh theo chương trình “Nuôi em "
            "khuyến học”, mỗi em 500.000 đồng mỗi tháng cho tới khi học xong lớp 12.",
        ],
    },
    {
        "site": "sonla",
        "slug": "tuan-le-hoc-tap-suot-doi-{year}",
        "title": "Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm {year} tại Thuận Châu",
        "kind": "thang-khuyen-hoc",
        "when": {"last": "10-01"},
        "time": "07:30",
        "until": "10:00",
        "place": ("Trung tâm học tập cộng đồng thị trấn Thuận Châu", "Huyện Thuận Châu, tỉnh Sơn La"),
        "chapter": "thuan-chau",
        "summary": (
            "Hội Khuyến học huyện Thuận Châu khai mạc Tuần lễ hưởng ứng học tập suốt đời, như 12 huyện, "
            "thành phố trong tỉnh đã đồng loạt làm năm 2023."
        ),
        "body": [
            "Tuần lễ hưởng ứng học tập suốt đời mở đầu tháng 10, ngay trước Ngày Khuyến học Việt Nam 2/10.",
            "Năm 2023, cả 12 huyện, thành phố của Sơn La cùng tổ chức lễ khai mạc, thu hút sự quan tâm của "
            "toàn xã hội. Thuận Châu – huyện có quỹ khuyến học lớn nhất tỉnh năm 2022 với 610 triệu đồng – "
            "tiếp tục cách làm ấy.",
        ],
    },
    {
        "site": "sonla",
        "slug": "ngay-khuyen-hoc-viet-nam-{year}",
        "title": "Kỷ niệm Ngày Khuyến học Việt Nam 2/10/{year}",
        "kind": "ngay-khuyen-hoc",
        "when": {"last": "10-02"},
        "time": "08:00",
        "until": "11:00",
        "place": SON_LA_OFFICE,
        "chapter": None,
        "summary": (
            "{since_2008} năm Ngày Khuyến học Việt Nam và {since_1996} năm thành lập Hội Khuyến học Việt "
            "Nam: biểu dương các gương hiếu học và các mô hình học tập tiêu biểu."
        ),
        "body": [
            "Ngày 2/10 hằng năm là Ngày Khuyến học Việt Nam, cũng là ngày thành lập Hội Khuyến học Việt "
            "Nam (2/10/1996).",
            "Năm 2024, Kế hoạch 137/KH-HKH gắn ngày này với Hội thi “Cán bộ khuyến học giỏi” lần thứ IV; "
            "những năm sau, Hội tiếp tục dùng dịp này để biểu dương cán bộ hội, hội viên và các mô hình học "
            "tập tiêu biểu.",
        ],
    },
    {
        "site": "sonla",
        "slug": "tap-huan-cong-tac-hoi-thoi-dai-so",
        "title": "Tập huấn công tác xây dựng tổ chức hội trong thời đại công nghệ số",
        "kind": "khac",
        "when": {"in_days": 0},
        "time": "08:00",
        "until": "16:30",
        "place": SON_LA_OFFICE,
        "chapter": None,
        "summary": (
            "Tập huấn theo lối “cầm tay chỉ việc” cho cán bộ hội các huyện, thành phố: xây dựng, phát triển "
            "tổ chức hội và đánh giá mô hình học tập bằng công cụ số."
        ),
        "body": [
            "Kế hoạch 137/KH-HKH đề ra việc tập huấn về xây dựng, phát triển và nâng cao chất lượng tổ chức "
            "hội khuyến học trong thời đại công nghệ số, cùng với biên soạn lại tài liệu nghiệp vụ.",
            "Học viên thực hành bộ công cụ đánh giá “Công dân học tập” và việc đăng ký, đánh giá các mô hình "
            "gia đình, dòng họ, cộng đồng, đơn vị học tập.",
        ],
    },
    {
        "site": "sonla",
        "slug": "trao-suat-nuoi-em-khuyen-hoc-moc-chau",
        "title": "Mộc Châu trao suất “Nuôi em khuyến học” học kỳ I",
        "kind": "trao-hoc-bong",
        "when": {"in_days": 6},
        "time": "14:00",
        "until": "16:00",
        "place": ("Hội trường Hội Khuyến học huyện Mộc Châu", "Huyện Mộc Châu, tỉnh Sơn La"),
        "chapter": "moc-chau",
        "summary": (
            "Hội Khuyến học Mộc Châu trao khoản đỡ đầu học kỳ I cho các em trong chương trình “Nuôi em "
            "khuyến học”, mỗi em 500.000 đồng mỗi tháng."
        ),
        "body": [
            "Cùng với Sông Mã, Hội Khuyến học Mộc Châu đỡ đầu 15 học sinh nhà khó khăn nhưng học tốt, mỗi em "
            "500.000 đồng mỗi tháng – bằng mức của Hội tỉnh.",
            "Buổi trao cũng là dịp gia đình, nhà trường và Hội cùng nghe các em kể về việc học.",
        ],
    },
    {
        "site": "sonla",
        "slug": "dai-hoi-dai-bieu-lan-thu-vi",
        "title": "Đại hội đại biểu Hội Khuyến học tỉnh Sơn La lần thứ VI, nhiệm kỳ 2026–2031",
        "kind": "hoi-nghi",
        "when": {"in_days": 16},
        "time": "07:30",
        "days": 2,
        "until": "11:30",
        "place": ("Hội trường UBND tỉnh Sơn La", "Thành phố Sơn La, tỉnh Sơn La"),
        "chapter": None,
        "summary": (
            "Đại hội tổng kết nhiệm kỳ V (2021–2026), bầu Ban Chấp hành mới và đề ra phương hướng khuyến "
            "học, khuyến tài, xây dựng xã hội học tập đến năm 2031."
        ),
        "body": [
            "Nhiệm kỳ V của Hội Khuyến học tỉnh Sơn La (2021–2026) khép lại với 12 hội huyện, thành phố, "
            "204 hội xã, phường, thị trấn và hơn 351.000 hội viên – khoảng 28% dân số (số liệu cuối năm 2023).",
            "Ngày thứ nhất dành cho báo cáo tổng kết và thảo luận; ngày thứ hai bầu Ban Chấp hành và thông "
            "qua nghị quyết Đại hội.",
        ],
    },
    {
        "site": "sonla",
        "slug": "hoi-nghi-tong-ket-{report_year}",
        "title": "Hội nghị tổng kết năm {report_year}, triển khai nhiệm vụ năm {year}",
        "kind": "hoi-nghi",
        "when": {"in_days": 45},
        "time": "08:00",
        "until": "11:30",
        "place": ("Hội trường UBND tỉnh Sơn La", "Thành phố Sơn La, tỉnh Sơn La"),
        "chapter": None,
        "summary": (
            "Hội Khuyến học tỉnh nhìn lại năm {report_year}, bàn nhiệm vụ năm {year} và biểu dương các mô "
            "hình học tập tiêu biểu."
        ),
        "body": [
            "Theo lệ của Hội, các mô hình học tập tiêu biểu được biểu dương, khen thưởng ngay tại hội nghị tổng kết.",
            "Tại hội nghị tổng kết năm 2023, Trung ương Hội Khuyến học Việt Nam tặng 2 cờ thi đua, 28 kỷ niệm "
            "chương và 42 bằng khen; Hội Khuyến học tỉnh tặng 487 suất giấy khen cho tập thể, cá nhân, "
            "gia đình.",
        ],
    },
    {
        "site": "sonla",
        "slug": "ky-niem-ngay-mat-dong-chi-to-hieu-{year}",
        "title": "Kỷ niệm {since_1944} năm ngày mất đồng chí Tô Hiệu, trao Học bổng Tô Hiệu",
        "kind": "trao-hoc-bong",
        "when": {"next": "03-07"},
        "time": "08:00",
        "until": "10:30",
        "place": ("Khu di tích Nhà tù Sơn La", "Phường Tô Hiệu, thành phố Sơn La, tỉnh Sơn La"),
        "chapter": None,
        "summary": (
            "Nhân {since_1944} năm ngày mất (07/3/1944) và {since_1912} năm ngày sinh (1912) của liệt sĩ "
            "Tô Hiệu, Quỹ Học bổng Tô Hiệu trao học bổng cho học sinh vượt khó, học giỏi."
        ),
        "body": [
            "Hội Khuyến học tỉnh tham mưu tổ chức lễ kỷ niệm ngày sinh, ngày mất đồng chí Tô Hiệu thành nếp "
            "hằng năm, gắn với vận động Quỹ Học bổng Tô Hiệu.",
            "Học bổng dành cho học sinh các trường mang tên Tô Hiệu và học sinh nghèo vượt khó trong tỉnh.",
        ],
    },
    {
        "site": "sonla",
        "slug": "ngay-khuyen-hoc-viet-nam-{year}",
        "title": "Kỷ niệm Ngày Khuyến học Việt Nam 2/10/{year}",
        "kind": "ngay-khuyen-hoc",
        "when": {"next": "10-02"},
        "time": None,
        "place": ("Các cấp Hội trong toàn tỉnh", "Tỉnh Sơn La"),
        "chapter": None,
        "summary": ("{since_2008} năm Ngày Khuyến học Việt Nam, {since_1996} năm thành lập Hội Khuyến học Việt Nam."),
        "body": [
            "Các cấp Hội trong tỉnh tổ chức gặp mặt, biểu dương và tuyên truyền về học tập suốt đời nhân "
            "Ngày Khuyến học Việt Nam.",
        ],
    },
    # -- Sóc Trăng ------------------------------------------------------------
    {
        "site": "soctrang",
        "slug": "thang-khuyen-hoc-2025",
        "title": "Tháng Khuyến học năm 2025",
        "kind": "thang-khuyen-hoc",
        "when": {"date": "2025-09-01"},
        "time": None,
        "days": 30,
        "place": ("Các cấp Hội trong toàn tỉnh", "Tỉnh Sóc Trăng"),
        "chapter": None,
        "summary": (
            "Kế hoạch 35/KH-HKH phát động thi đua chào mừng Tháng Khuyến học (tháng 9), Ngày Khuyến học "
            "Việt Nam và Tuần lễ học tập suốt đời năm 2025."
        ),
        "body": [
            "Trong kế hoạch công tác năm 2025 (số 35/KH-HKH, ngày 12/02/2025), Hội Khuyến học tỉnh Sóc "
            "Trăng phát động các phong trào thi đua chào mừng những ngày lễ lớn của ngành, mở đầu bằng "
            "Tháng Khuyến học.",
            "Phong trào cũng hướng tới Đại hội đại biểu Hội Khuyến học các cấp tỉnh Sóc Trăng nhiệm kỳ 2025–2030.",
        ],
    },
    {
        "site": "soctrang",
        "slug": "ngay-khuyen-hoc-viet-nam-2025",
        "title": "Kỷ niệm Ngày Khuyến học Việt Nam 02/10/2025",
        "kind": "ngay-khuyen-hoc",
        "when": {"date": "2025-10-02"},
        "time": "08:00",
        "until": "11:00",
        "place": SOC_TRANG_OFFICE,
        "chapter": None,
        "summary": "Kỷ niệm 29 năm thành lập Hội Khuyến học Việt Nam (02/10/1996 – 02/10/2025).",
        "body": [
            "Hội Khuyến học tỉnh Sóc Trăng kỷ niệm Ngày Khuyến học Việt Nam, tròn 29 năm Hội Khuyến học "
            "Việt Nam được thành lập.",
            "Buổi lễ biểu dương cán bộ hội, hội viên có thành tích trong năm và nhắc lại mục tiêu phát triển "
            "từ 23.000 đến 25.000 hội viên mới trong năm 2025.",
        ],
    },
    {
        "site": "soctrang",
        "slug": "ky-ket-chuong-trinh-phoi-hop",
        "title": "Ký kết chương trình phối hợp khuyến học với các sở, ngành, đoàn thể",
        "kind": "khac",
        "when": {"in_days": -12},
        "time": "14:00",
        "until": "16:00",
        "place": SOC_TRANG_OFFICE,
        "chapter": None,
        "summary": (
            "Hội Khuyến học tỉnh ký chương trình phối hợp với Hội Liên hiệp Phụ nữ, Hội Nông dân, Tỉnh đoàn, "
            "Hội Cựu chiến binh và các lực lượng vũ trang của tỉnh."
        ),
        "body": [
            "Kế hoạch 35/KH-HKH giao Hội vai trò nòng cốt trong việc liên kết các cơ quan, ban ngành, đoàn "
            "thể để đẩy mạnh khuyến học, khuyến tài.",
            "Các bên tham gia gồm Hội Liên hiệp Phụ nữ, Hội Nông dân, Ban Chấp hành Tỉnh đoàn, Hội Cựu chiến "
            "binh, Công an tỉnh, Bộ đội Biên phòng tỉnh, Bộ Chỉ huy Quân sự tỉnh, Đài Phát thanh – Truyền "
            "hình và Công ty Xổ số kiến thiết Sóc Trăng.",
        ],
    },
    {
        "site": "soctrang",
        "slug": "so-ket-mo-hinh-hoc-tap",
        "title": "Hội nghị sơ kết các mô hình học tập",
        "kind": "hoi-nghi",
        "when": {"in_days": 0},
        "time": "14:00",
        "until": "16:30",
        "place": SOC_TRANG_OFFICE,
        "chapter": None,
        "summary": (
            "Sơ kết các mô hình học tập theo Kế hoạch 123/KH-KHVN và Kế hoạch 196/KH-KHVN của Hội Khuyến học Việt Nam."
        ),
        "body": [
            "Hội nghị đánh giá việc xây dựng các mô hình gia đình, dòng họ, cộng đồng, đơn vị học tập và "
            "công dân học tập ở các huyện, thị xã, thành phố.",
        ],
    },
    {
        "site": "soctrang",
        "slug": "trao-hoc-bong-khuyen-hoc-khuyen-tai-ke-sach-{year}",
        "title": "Kế Sách trao học bổng khuyến học, khuyến tài năm {year}",
        "kind": "trao-hoc-bong",
        "when": {"in_days": 9},
        "time": "08:00",
        "until": "10:00",
        "place": ("Hội trường Hội Khuyến học huyện Kế Sách", "Huyện Kế Sách, tỉnh Sóc Trăng"),
        "chapter": "ke-sach",
        "summary": (
            "Hội Khuyến học huyện Kế Sách trao học bổng khuyến học, khuyến tài và “học không bao giờ ngừng” "
            "cho học sinh, sinh viên và người lớn."
        ),
        "body": [
            "Mỗi hội huyện được giao chỉ tiêu vận động 1 tỷ đồng cho quỹ khuyến học; học bổng được trao cho "
            "cả học sinh, sinh viên lẫn người lớn đang theo học.",
        ],
    },
    {
        "site": "soctrang",
        "slug": "hoi-nghi-tong-ket-{report_year}",
        "title": "Hội nghị tổng kết công tác khuyến học năm {report_year}",
        "kind": "hoi-nghi",
        "when": {"in_days": 40},
        "time": "08:00",
        "until": "11:30",
        "place": SOC_TRANG_OFFICE,
        "chapter": None,
        "summary": (
            "Đánh giá kết quả năm {report_year} so với các chỉ tiêu hội viên và quỹ, triển khai nhiệm vụ năm {year}."
        ),
        "body": [
            "Hội nghị đối chiếu kết quả với các chỉ tiêu đã đề ra: phát triển hội viên mới; vận động quỹ 5 "
            "tỷ đồng cấp tỉnh, 1 tỷ đồng mỗi huyện, 300 triệu đồng mỗi xã và 20 triệu đồng mỗi Ban (Chi hội) "
            "Khuyến học cơ quan.",
        ],
    },
    {
        "site": "soctrang",
        "slug": "ngay-khuyen-hoc-viet-nam-{year}",
        "title": "Kỷ niệm Ngày Khuyến học Việt Nam 2/10/{year}",
        "kind": "ngay-khuyen-hoc",
        "when": {"next": "10-02"},
        "time": None,
        "place": ("Các cấp Hội trong toàn tỉnh", "Tỉnh Sóc Trăng"),
        "chapter": None,
        "summary": "{since_1996} năm thành lập Hội Khuyến học Việt Nam (02/10/1996).",
        "body": [
            "Các cấp Hội trong tỉnh kỷ niệm Ngày Khuyến học Việt Nam và biểu dương các gương hiếu học.",
        ],
    },
]
