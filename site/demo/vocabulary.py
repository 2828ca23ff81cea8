"""Words and phrases of the associations' documents, for generating realistic test content
(``generate_content``): who acts, where, what they do, with what result; place names of Sơn La's
districts and communes; people's names as they are written there. Phrases and names only."""

SUBJECTS = [
    "Hội Khuyến học huyện",
    "Chi hội khuyến học bản",
    "Ban Khuyến học cơ quan",
    "Hội Khuyến học xã",
    "Trung tâm học tập cộng đồng",
    "Dòng họ",
    "Gia đình",
    "Nhà trường",
    "Ban Biên tập",
    "Hội viên",
    "Ban Thường vụ Hội",
    "Ban Chấp hành Hội",
    "Chi hội khuyến học trường",
    "Chi hội khuyến học tổ dân phố",
    "Ban Khuyến học doanh nghiệp",
    "Câu lạc bộ khuyến học",
]
PLACES = [
    "Thuận Châu",
    "Sông Mã",
    "Mộc Châu",
    "Mai Sơn",
    "Yên Châu",
    "Phù Yên",
    "Bắc Yên",
    "Quỳnh Nhai",
    "Mường La",
    "Sốp Cộp",
    "Vân Hồ",
    "thành phố Sơn La",
    "Chiềng La",
    "Chim Vàn",
    "Mường Lèo",
    "Mường Giàng",
]
# Communes (xã, phường, thị trấn) of each district, for the chapters generated under the demo's districts.
# fmt: off
COMMUNES = {
    "Thuận Châu": [
        "Chiềng Ly", "Phổng Lái", "Mường É", "Chiềng Pha", "Tông Lạnh", "Bó Mười", "Chiềng Ngàm", "Nậm Lầu",
        "Co Mạ", "Long Hẹ", "Mường Khiêng", "Púng Tra", "Chiềng Bôm", "Thôm Mòn", "Tông Cọ", "Chiềng Pấc",
        "Liệp Tè", "Bản Lầm", "Muổi Nọi", "É Tòng", "Phổng Lập", "Bon Phặng", "Mường Bám", "Co Tòng",
    ],
    "Sông Mã": [
        "Chiềng Khương", "Mường Hung", "Nà Nghịu", "Mường Lầm", "Chiềng Sơ", "Yên Hưng", "Bó Sinh", "Nậm Ty",
        "Đứa Mòn", "Huổi Một", "Mường Cai", "Chiềng En", "Pú Bẩu", "Chiềng Phung", "Nậm Mằn", "Chiềng Cang",
    ],
    "Mộc Châu": [
        "Đông Sang", "Mường Sang", "Chiềng Sơn", "Chiềng Hắc", "Tân Lập", "Tân Hợp", "Quy Hướng", "Nà Mường",
        "Hua Păng", "Phiêng Luông", "Lóng Sập", "Chiềng Khừa", "Tà Lai", "Chiềng Khoa", "Nông trường Mộc Châu",
    ],
    "Mai Sơn": [
        "Chiềng Ban", "Chiềng Chung", "Chiềng Mung", "Mường Bon", "Mường Bằng", "Chiềng Lương", "Cò Nòi",
        "Nà Bó", "Hát Lót", "Tà Hộc", "Phiêng Cằm", "Chiềng Nơi", "Phiêng Pằn", "Chiềng Dong", "Chiềng Kheo",
        "Chiềng Ve", "Chiềng Sung", "Mường Chanh", "Nà Ớt",
    ],
    "Yên Châu": [
        "Chiềng Đông", "Chiềng Sàng", "Chiềng Pằn", "Viêng Lán", "Sặp Vạt", "Chiềng Hặc", "Tú Nang",
        "Lóng Phiêng", "Chiềng Tương", "Mường Lựm", "Phiêng Khoài", "Chiềng On", "Yên Sơn",
    ],
    "Phù Yên": [
        "Quang Huy", "Huy Bắc", "Huy Thượng", "Tân Lang", "Gia Phù", "Tường Phù", "Huy Hạ", "Huy Tân",
        "Mường Thải", "Tân Phong", "Kim Bon", "Suối Bau", "Sập Xa", "Mường Cơi", "Mường Bang", "Đá Đỏ",
        "Nam Phong", "Bắc Phong", "Mường Do", "Tường Thượng", "Tường Tiến",
    ],
    "Bắc Yên": [
        "Hang Chú", "Xím Vàng", "Tà Xùa", "Làng Chếu", "Phiêng Ban", "Hồng Ngài", "Song Pe", "Tạ Khoa",
        "Mường Khoa", "Hua Nhàn", "Pắc Ngà", "Chiềng Sại", "Phiêng Côn",
    ],
    "Quỳnh Nhai": [
        "Chiềng Ơn", "Mường Giôn", "Pá Ma Pha Khinh", "Chiềng Khay", "Cà Nàng", "Mường Chiên", "Chiềng Bằng",
        "Mường Sại", "Nậm Ét", "Chiềng Khoang",
    ],
    "Mường La": [
        "Ít Ong", "Mường Bú", "Chiềng Lao", "Hua Trai", "Ngọc Chiến", "Mường Chùm", "Tạ Bú", "Pi Toong",
        "Chiềng Hoa", "Chiềng San", "Nậm Giôn", "Chiềng Muôn", "Chiềng Ân", "Chiềng Công", "Mường Trai",
        "Nậm Păm",
    ],
    "Sốp Cộp": ["Sam Kha", "Mường Lạn", "Mường Và", "Púng Bánh", "Dồm Cang", "Nậm Lạnh", "Mường Lèo"],
    "Vân Hồ": [
        "Lóng Luông", "Chiềng Yên", "Mường Men", "Mường Tè", "Quang Minh", "Song Khủa", "Tô Múa", "Suối Bàng",
        "Liên Hòa", "Xuân Nha", "Tân Xuân",
    ],
    "Thành phố Sơn La": [
        "Chiềng Lề", "Tô Hiệu", "Quyết Thắng", "Quyết Tâm", "Chiềng Sinh", "Chiềng An", "Chiềng Cơi",
        "Chiềng Ngần", "Hua La", "Chiềng Cọ", "Chiềng Xôm", "Chiềng Đen",
    ],
}
# fmt: on
ACTIONS = [
    "trao học bổng cho học sinh nghèo vượt khó",
    "tổ chức lễ khai giảng lớp xóa mù chữ",
    "biểu dương gia đình học tập tiêu biểu",
    "vận động xây dựng Quỹ Khuyến học",
    "triển khai mô hình Công dân học tập",
    "tập huấn nghiệp vụ cho cán bộ hội cơ sở",
    "hưởng ứng Tuần lễ học tập suốt đời",
    "đánh giá, công nhận Dòng họ học tập",
    "tặng quà Tiếp sức mùa thi cho học sinh lớp 12",
    "kiện toàn tổ chức hội và phát triển hội viên",
    "nhận đỡ đầu học sinh trong chương trình Nuôi em khuyến học",
    "tuyên truyền Kết luận 49-KL/TW của Ban Bí thư",
    "mở lớp hướng dẫn khoa học kỹ thuật nông nghiệp",
    "trao Quỹ Học bổng Tô Hiệu cho học sinh giỏi",
    "tổng kết công tác khuyến học, khuyến tài",
    "đại hội đại biểu nhiệm kỳ mới",
    "sơ kết phong trào thi đua xây dựng xã hội học tập",
    "khen thưởng học sinh đạt giải kỳ thi học sinh giỏi",
    "công nhận Đơn vị học tập",
    "tặng sách vở và đồ dùng học tập đầu năm học",
    "giới thiệu sách tại thư viện Trung tâm học tập cộng đồng",
    "kiểm tra hoạt động của các chi hội",
    "phối hợp mở lớp tin học cho người lớn tuổi",
    "ký kết chương trình phối hợp với Đoàn Thanh niên",
    "tặng xe đạp cho học sinh vùng cao",
    "xây dựng Cộng đồng học tập cấp xã",
    "trao thưởng giáo viên dạy giỏi",
    "vận động hội viên ủng hộ Quỹ Khuyến học",
]
DETAILS = [
    "với tổng số tiền hơn {n} triệu đồng",
    "cho {n} học sinh có hoàn cảnh khó khăn",
    "thu hút {n} lượt người tham gia",
    "tại nhà văn hóa bản",
    "nhân dịp Tháng Khuyến học",
    "theo Kế hoạch số 137/KH-HKH",
    "trong năm học mới",
    "với sự phối hợp của Hội Liên hiệp Phụ nữ và Đoàn Thanh niên",
    "góp phần xây dựng xã hội học tập",
    "đúng tinh thần Quyết định 1373/QĐ-TTg",
    "ở vùng cao biên giới",
    "theo chỉ tiêu 2 tin, 2 bài mỗi tháng",
    "với {n} suất học bổng",
    "cho {n} gia đình học tập",
    "với {n} hội viên mới",
    "ở {n} bản đặc biệt khó khăn",
    "theo Thông tư 24/2023/TT-BGDĐT",
    "theo Quyết định 387/QĐ-TTg và 677/QĐ-TTg",
    "bằng tiếng Thái và tiếng Mông",
    "trên sóng phát thanh của huyện",
    "trước thềm năm học mới",
    "dịp tổng kết năm học",
]
OPENINGS = [
    "Thực hiện chương trình công tác năm {year},",
    "Hưởng ứng phong trào thi đua xây dựng xã hội học tập,",
    "Nhằm động viên kịp thời học sinh vượt khó,",
    "Sáng ngày {day}/{month}/{year},",
    "Trong năm {year},",
    "Được sự quan tâm của cấp ủy, chính quyền địa phương,",
    "Tiếp nối truyền thống hiếu học của quê hương,",
    "Theo báo cáo của Ban Thường vụ,",
]
TOPICS = ["khuyến học", "khuyến tài", "xã hội học tập", "học tập suốt đời", "mô hình học tập", "học bổng", "hội viên"]
TAGS = [
    "học bổng",
    "Tô Hiệu",
    "Nuôi em khuyến học",
    "Tiếp sức mùa thi",
    "gia đình học tập",
    "dòng họ học tập",
    "công dân học tập",
    "đơn vị học tập",
    "cộng đồng học tập",
    "Tháng Khuyến học",
    "xóa mù chữ",
    "Trung tâm học tập cộng đồng",
    "đại hội",
    "vùng cao",
    "hội viên",
    "Quỹ Khuyến học",
]
FAMILY_NAMES = ["Lò", "Cầm", "Quàng", "Lường", "Hoàng", "Nguyễn", "Trần", "Lê", "Vì", "Sồng", "Giàng", "Mùa", "Đinh"]
MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thanh", "Đức", "A", "Thị Thu", "Hồng"]
GIVEN_NAMES = ["Minh", "Hoa", "Thắng", "Lan", "Tuấn", "Chinh", "Dũng", "Hương", "Páo", "Sua", "Chiến", "Mai", "Xuân"]
BULLETIN_SECTIONS = [
    "Tin hoạt động",
    "Gương sáng hiếu học",
    "Mô hình học tập",
    "Văn bản mới",
    "Khuyến học các cấp",
    "Trao đổi nghiệp vụ",
]
