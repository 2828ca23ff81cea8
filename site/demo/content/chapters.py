"""Chapters of the two demo associations.

Sơn La's twelve district/city chapters are those the seed reports name; the
figures in each description (fund balances and staffing in 2022) come from the
2022 thematic conference report. Communes and agency committees are the ones
the 2023 report mentions.
"""

SON_LA_DISTRICTS = [
    # key, name, description
    (
        "thanh-pho-son-la",
        "Thành phố Sơn La",
        "Năm 2022 Hội có 3 cán bộ chuyên trách; Quỹ Khuyến học thành phố còn 13.600.000 đồng.",
    ),
    ("quynh-nhai", "Quỳnh Nhai", "Năm 2022 Hội có 3 cán bộ chuyên trách; Quỹ Khuyến học huyện có 51.077.000 đồng."),
    (
        "thuan-chau",
        "Thuận Châu",
        "Huyện có quỹ khuyến học lớn nhất tỉnh năm 2022 với 610.000.000 đồng; kinh phí hoạt động 275 triệu đồng/năm cho 29 xã, thị trấn.",
    ),
    ("muong-la", "Mường La", "Năm 2022 Hội có 2 cán bộ chuyên trách; Quỹ Khuyến học huyện có 96.249.000 đồng."),
    (
        "bac-yen",
        "Bắc Yên",
        "Một trong hai huyện giữ ổn định đội ngũ lãnh đạo Hội sau Đại hội nhiệm kỳ V; Quỹ Khuyến học huyện có 95.000.000 đồng (2022).",
    ),
    ("phu-yen", "Phù Yên", "Năm 2022 kinh phí hoạt động 130 triệu đồng; Quỹ Khuyến học huyện có 129.000.000 đồng."),
    (
        "moc-chau",
        "Mộc Châu",
        "Nơi triển khai chương trình Nuôi em khuyến học; kinh phí năm 2022 là 218 triệu đồng, Quỹ Khuyến học huyện 112.000.000 đồng.",
    ),
    (
        "van-ho",
        "Vân Hồ",
        "Quỹ Học bổng Tô Hiệu trao học bổng cho học sinh hộ nghèo của huyện năm 2023; Quỹ Khuyến học huyện có 12.000.000 đồng (2022).",
    ),
    ("yen-chau", "Yên Châu", "Tham gia chương trình Mái ấm cho em; Quỹ Khuyến học huyện có 380.000.000 đồng (2022)."),
    ("mai-son", "Mai Sơn", "Kinh phí năm 2022 là 80 triệu đồng; Hội đang vận động xây dựng lại Quỹ Khuyến học huyện."),
    (
        "song-ma",
        "Sông Mã",
        "Huyện biên giới, tham gia Nuôi em khuyến học và Mái ấm cho em; số dư quỹ khuyến học cao nhất các huyện năm 2023.",
    ),
    (
        "sop-cop",
        "Sốp Cộp",
        "Huyện biên giới; năm 2022 được cấp 283 triệu đồng kinh phí, Quỹ Khuyến học huyện có 153.347.000 đồng.",
    ),
]

SON_LA_COMMUNES = [
    # key, parent district key, name
    ("chieng-la", "thuan-chau", "Hội Khuyến học xã Chiềng La"),
    ("chim-van", "bac-yen", "Hội Khuyến học xã Chim Vàn"),
    ("muong-leo", "sop-cop", "Hội Khuyến học xã Mường Lèo"),
    ("muong-giang", "quynh-nhai", "Hội Khuyến học xã Mường Giàng"),
]

SON_LA_AGENCIES = [
    ("bo-doi-bien-phong", "Ban Khuyến học Bộ đội Biên phòng tỉnh"),
    ("bo-chi-huy-quan-su", "Ban Khuyến học Bộ Chỉ huy Quân sự tỉnh"),
    ("truong-ptdt-noi-tru", "Ban Khuyến học Trường PTDT Nội trú tỉnh"),
]

SOC_TRANG_DISTRICTS = [
    (
        "tp-soc-trang",
        "Thành phố Sóc Trăng",
        "Hội Khuyến học thành phố Sóc Trăng",
        "Chỉ tiêu vận động quỹ cấp huyện năm 2025: 1 tỷ đồng.",
    ),
    ("ke-sach", "Kế Sách", "Hội Khuyến học huyện Kế Sách", "Chỉ tiêu vận động quỹ cấp huyện năm 2025: 1 tỷ đồng."),
    ("my-xuyen", "Mỹ Xuyên", "Hội Khuyến học huyện Mỹ Xuyên", "Chỉ tiêu vận động quỹ cấp huyện năm 2025: 1 tỷ đồng."),
    (
        "vinh-chau",
        "Vĩnh Châu",
        "Hội Khuyến học thị xã Vĩnh Châu",
        "Chỉ tiêu vận động quỹ cấp huyện năm 2025: 1 tỷ đồng.",
    ),
]
