"""Words and phrases of the associations' documents, for generating realistic test content."""

SUBJECTS = [
    "Hội Khuyến học huyện", "Chi hội khuyến học bản", "Ban Khuyến học cơ quan", "Hội Khuyến học xã",
    "Trung tâm học tập cộng đồng", "Dòng họ", "Gia đình", "Nhà trường", "Ban Biên tập", "Hội viên",
]
PLACES = [
    "Thuận Châu", "Sông Mã", "Mộc Châu", "Mai Sơn", "Yên Châu", "Phù Yên", "Bắc Yên", "Quỳnh Nhai",
    "Mường La", "Sốp Cộp", "Vân Hồ", "thành phố Sơn La", "Chiềng La", "Chim Vàn", "Mường Lèo", "Mường Giàng",
]
ACTIONS = [
    "trao học bổng cho học sinh nghèo vượt khó", "tổ chức lễ khai giảng lớp xóa mù chữ",
    "biểu dương gia đình học tập tiêu biểu", "vận động xây dựng Quỹ Khuyến học",
    "triển khai mô hình Công dân học tập", "tập huấn nghiệp vụ cho cán bộ hội cơ sở",
    "hưởng ứng Tuần lễ học tập suốt đời", "đánh giá, công nhận Dòng họ học tập",
    "tặng quà Tiếp sức mùa thi cho học sinh lớp 12", "kiện toàn tổ chức hội và phát triển hội viên",
    "nhận đỡ đầu học sinh trong chương trình Nuôi em khuyến học", "tuyên truyền Kết luận 49-KL/TW của Ban Bí thư",
    "mở lớp hướng dẫn khoa học kỹ thuật nông nghiệp", "trao Quỹ Học bổng Tô Hiệu cho học sinh giỏi",
]
DETAILS = [
    "với tổng số tiền hơn {n} triệu đồng", "cho {n} học sinh có hoàn cảnh khó khăn", "thu hút {n} lượt người tham gia",
    "tại nhà văn hóa bản", "nhân dịp Tháng Khuyến học", "theo Kế hoạch số 137/KH-HKH", "trong năm học mới",
    "với sự phối hợp của Hội Liên hiệp Phụ nữ và Đoàn Thanh niên", "góp phần xây dựng xã hội học tập",
    "đúng tinh thần Quyết định 1373/QĐ-TTg", "ở vùng cao biên giới", "theo chỉ tiêu 2 tin, 2 bài mỗi tháng",
]
TOPICS = ["khuyến học", "khuyến tài", "xã hội học tập", "học tập suốt đời", "mô hình học tập", "học bổng", "hội viên"]
