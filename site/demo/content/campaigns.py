"""Chiến dịch, chương trình vận động và quỹ của Hội Khuyến học Sơn La và Sóc Trăng.

Số tiền tính bằng đồng (số nguyên). Khi văn bản gốc chỉ cho biết tháng, quý hoặc
năm, ngày bắt đầu và kết thúc được lấy theo đầu và cuối kỳ đó; "goal" và "raised"
để None khi văn bản không nêu.
"""

CAMPAIGNS = [
    {
        "site": "sonla",
        "slug": "quy-hoc-bong-to-hieu",
        "title": "Quỹ Học bổng Tô Hiệu",
        "fund_name": "Quỹ Học bổng Tô Hiệu",
        "status": "running",
        "start_date": "2022-03-03",
        "end_date": None,
        "goal": None,
        "raised": 6100000000,
        "beneficiaries": "Học sinh các trường mang tên Tô Hiệu và học sinh nghèo vượt khó trong tỉnh",
        "beneficiaries_count": 84,
        "summary": (
            "Quỹ mang tên nhà cách mạng, liệt sĩ Tô Hiệu nhận 6,1 tỷ đồng ngày 3/3/2022; năm 2023 chương "
            "trình “Màu hoa con mai” trao 84 suất học bổng trị giá 92 triệu đồng."
        ),
        "body": [
            "Đúng dịp tròn 110 năm ngày sinh của nhà cách mạng Tô Hiệu (3/3/2022), quỹ mang tên ông nhận "
            "được 6,1 tỷ đồng ủng hộ – khoản lớn nhất mà quỹ từng nhận.",
            "Theo Kế hoạch 49/KH-UBND ngày 22/02/2023 của UBND tỉnh, chương trình nghệ thuật “Màu hoa con "
            "mai” được tổ chức để gây quỹ, nhân 111 năm ngày sinh (1912–2023) và 79 năm ngày mất (1944–2023) "
            "của liệt sĩ Tô Hiệu.",
            "Năm 2023 quỹ trao 80 suất học bổng cho học sinh các trường mang tên Tô Hiệu và hỗ trợ 4 học "
            "sinh ở huyện Vân Hồ – con hộ nghèo bị bom mìn, mồ côi không nơi nương tựa nhưng học tốt – tổng "
            "cộng 92 triệu đồng.",
            "Cuối năm 2023, Quỹ Học bổng Tô Hiệu và Quỹ Khuyến học tỉnh cộng lại có 14,7 tỷ đồng, phần lớn "
            "gửi tiết kiệm. Năm 2024, Hội dự kiến gắn việc vận động quỹ với lễ kỷ niệm 80 năm ngày mất và "
            "112 năm ngày sinh của đồng chí Tô Hiệu.",
        ],
        "figures": [
            ("Khoản ủng hộ ngày 3/3/2022", 6100000000, "đồng"),
            ("Suất học bổng “Màu hoa con mai” năm 2023", 80, "suất"),
            ("Học sinh khó khăn huyện Vân Hồ được hỗ trợ", 4, "học sinh"),
            ("Tổng tiền trao năm 2023", 92000000, "đồng"),
            ("Số dư Quỹ Học bổng Tô Hiệu và Quỹ Khuyến học tỉnh", 14700000000, "đồng"),
            ("Trong đó gửi tiết kiệm", 13478000000, "đồng"),
        ],
    },
    {
        "site": "sonla",
        "slug": "tiep-suc-mua-thi-2023",
        "title": "Tiếp sức mùa thi năm 2023",
        "fund_name": "Quỹ Khuyến học tỉnh Sơn La",
        "status": "finished",
        "start_date": "2023-06-01",
        "end_date": "2023-06-30",
        "goal": None,
        "raised": 477200000,
        "beneficiaries": "Học sinh lớp 12 dự kỳ thi tốt nghiệp THPT năm 2023",
        "beneficiaries_count": None,
        "summary": (
            "Các cấp Hội hỗ trợ học sinh lớp 12 đi thi: 477,2 triệu đồng tiền mặt và hiện vật trị giá hơn "
            "502,8 triệu đồng; riêng Hội tỉnh trao 320 suất, 160 triệu đồng."
        ),
        "body": [
            "Hưởng ứng lời kêu gọi của Chủ tịch UBND tỉnh, Hội Khuyến học các cấp tuyên truyền, vận động và "
            "phối hợp với các lực lượng để cùng động viên học sinh lớp 12 trong mùa thi năm 2023.",
            "Tổng tiền mặt hỗ trợ học sinh là 477,2 triệu đồng. Hiện vật gồm 11.456 bữa ăn sáng, trưa, tối; "
            "21.397 chai nước; 7.491 hộp sữa; 4.865 suất bánh và 1.975 đồ dùng học tập, quy ra 502.858.000 đồng.",
            "Riêng Hội Khuyến học tỉnh trao học bổng cho 320 học sinh lớp 12 với tổng 160 triệu đồng.",
        ],
        "figures": [
            ("Tiền mặt hỗ trợ", 477200000, "đồng"),
            ("Giá trị hiện vật quy đổi", 502858000, "đồng"),
            ("Bữa ăn", 11456, "suất"),
            ("Chai nước lọc, nước ngọt", 21397, "chai"),
            ("Hộp sữa", 7491, "hộp"),
            ("Suất bánh", 4865, "suất"),
            ("Đồ dùng học tập", 1975, "món"),
            ("Học sinh nhận học bổng của Hội tỉnh", 320, "học sinh"),
            ("Học bổng của Hội tỉnh", 160000000, "đồng"),
        ],
    },
    {
        "site": "sonla",
        "slug": "nuoi-em-khuyen-hoc",
        "title": "Nuôi em khuyến học",
        "fund_name": "Quỹ Khuyến học tỉnh Sơn La",
        "status": "running",
        "start_date": "2023-09-01",
        "end_date": None,
        "goal": 546000000,
        "raised": None,
        "beneficiaries": "Học sinh nhà khó khăn, học tốt, được đỡ đầu hằng tháng cho tới khi học xong THPT",
        "beneficiaries_count": 12,
        "summary": (
            "Từ Tháng Khuyến học 2023, Hội tỉnh đỡ đầu 12 học sinh, mỗi em 500.000 đồng/tháng đến hết THPT "
            "(tổng 546 triệu đồng); cấp huyện đỡ đầu thêm 15 em ở Mộc Châu, Sông Mã."
        ),
        "body": [
            "Khi năm học 2023–2024 bắt đầu, nhân “Tháng Khuyến học”, Hội tỉnh dành ra 12 suất “Nuôi em khuyến học”, mỗi suất 500.000 đồng mỗi tháng (6 triệu đồng mỗi năm) "
            "cho đến khi các em học hết lớp 12.",
            "Để đi trọn chương trình với 12 em, Hội cần tổng cộng 546 triệu đồng; các suất được công bố tại "
            "Lễ trao học bổng “Học không bao giờ cùng”.",
            "Ở cấp huyện, Hội Khuyến học Mộc Châu và Sông Mã đỡ đầu 15 học sinh với cùng mức 500.000 đồng mỗi tháng.",
            "Cùng tinh thần ấy, Ban Dân vận Tỉnh ủy, Bộ đội Biên phòng, Hội Liên hiệp Phụ nữ và Bộ Chỉ huy "
            "Quân sự tỉnh nhận 111 học sinh hoàn cảnh đặc biệt khó khăn làm “con nuôi”, hỗ trợ trung bình "
            "500.000 đồng mỗi tháng đến hết THPT.",
        ],
        "figures": [
            ("Suất “Nuôi em khuyến học” của Hội tỉnh", 12, "suất"),
            ("Mức hỗ trợ mỗi em", 500000, "đồng/tháng"),
            ("Tổng kinh phí cả chương trình", 546000000, "đồng"),
            ("Học sinh được đỡ đầu ở Mộc Châu, Sông Mã", 15, "học sinh"),
            ("Học sinh được các cơ quan nhận làm con nuôi", 111, "học sinh"),
        ],
    },
    {
        "site": "sonla",
        "slug": "mai-am-cho-em",
        "title": "Mái ấm cho em",
        "fund_name": "Quỹ Khuyến học cấp huyện (Sốp Cộp, Yên Châu, Sông Mã)",
        "status": "finished",
        "start_date": "2023-01-01",
        "end_date": "2023-12-31",
        "goal": None,
        "raised": None,
        "beneficiaries": "Học sinh có hoàn cảnh khó khăn ở các huyện Sốp Cộp, Yên Châu, Sông Mã",
        "beneficiaries_count": 49,
        "summary": (
            "Chương trình hỗ trợ “Mái ấm cho em” năm 2023 của Hội Khuyến học ba huyện Sốp Cộp, Yên Châu và "
            "Sông Mã, giúp 49 học sinh khó khăn."
        ),
        "body": [
            "Năm 2023, Hội Khuyến học ba huyện Sốp Cộp, Yên Châu và Sông Mã tổ chức chương trình “Mái ấm "
            "cho em” dành cho học sinh có hoàn cảnh khó khăn.",
            "Tổng cộng 49 em được hỗ trợ; chương trình nằm trong phần khen thưởng, học bổng cấp huyện, nơi "
            "đã trao 42.438 lượt với hơn 9,17 tỷ đồng trong năm.",
            "Báo cáo tổng kết năm 2023 không nêu riêng số tiền của chương trình nên trang này chưa ghi mục "
            "tiêu và số đã vận động.",
        ],
        "figures": [
            ("Học sinh được hỗ trợ", 49, "học sinh"),
            ("Huyện tham gia", 3, "huyện"),
        ],
    },
    {
        "site": "sonla",
        "slug": "cung-em-den-truong-2023",
        "title": "Học bổng “Cùng em đến trường” năm học 2023–2024",
        "fund_name": "Quỹ Khuyến học tỉnh Sơn La",
        "status": "finished",
        "start_date": "2023-09-01",
        "end_date": "2023-09-30",
        "goal": None,
        "raised": 2600000000,
        "beneficiaries": "Học sinh khó khăn trong tỉnh vào năm học 2023–2024",
        "beneficiaries_count": None,
        "summary": (
            "Dịp khai giảng năm học 2023–2024, Hội Khuyến học tỉnh Sơn La tiếp nhận 2,6 tỷ đồng học bổng "
            "“Cùng em đến trường” do Tập đoàn Viettel trao tặng."
        ),
        "body": [
            "Nhân dịp khai giảng năm học 2023–2024, Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel) trao "
            "tặng học bổng “Cùng em đến trường” trị giá 2,6 tỷ đồng qua Hội Khuyến học tỉnh.",
            "Năm 2023, tổng số học bổng và kinh phí khen thưởng của các cấp Hội ở Sơn La tăng khoảng ba lần "
            "so với năm 2022.",
            "Cũng trong năm, các chương trình tài trợ qua Hội còn chuyển tới học sinh nghèo vùng biên giới "
            "4.571.950.000 đồng.",
        ],
        "figures": [("Giá trị học bổng tiếp nhận", 2600000000, "đồng")],
    },
    {
        "site": "sonla",
        "slug": "hoc-khong-bao-gio-cung-2024",
        "title": "Lễ trao học bổng “Học không bao giờ cùng” năm 2024",
        "fund_name": "Quỹ Khuyến học tỉnh Sơn La",
        "status": "finished",
        "start_date": "2024-04-01",
        "end_date": "2024-06-30",
        "goal": None,
        "raised": None,
        "beneficiaries": (
            "Học sinh, sinh viên giỏi, người lớn có thành tích trong học tập, lao động, sản xuất; học sinh "
            "nghèo vượt khó"
        ),
        "beneficiaries_count": None,
        "summary": (
            "Theo Kế hoạch 137/KH-HKH, lễ “Học không bao giờ cùng” năm 2024 dự kiến diễn ra trong quý II; lễ năm 2023 đã trao 119 suất khen, 12 suất nuôi em và 55 xe đạp (415 triệu đồng)."
        ),
        "body": [
            "Cả Kế hoạch 137/KH-HKH lẫn Báo cáo 01/BC-HKH của Hội Khuyến học tỉnh Sơn La đều hẹn quý II/2024 "
            "cho lễ trao học bổng “Học không bao giờ cùng”.",
            "Tên chương trình lấy từ tư tưởng “lấy tự học làm cốt, học không bao giờ cùng” của Chủ tịch Hồ "
            "Chí Minh, tôn vinh người học ở mọi lứa tuổi.",
            "Lễ năm 2023 đã khen 119 suất cho học sinh, sinh viên giỏi, người lớn có thành tích; vinh danh "
            "phó giáo sư, tiến sĩ, nghệ nhân, chiến sĩ thi đua toàn quốc; trao 12 suất “Nuôi em khuyến học” "
            "và 55 xe đạp do doanh nghiệp tặng, tổng giá trị 415 triệu đồng.",
        ],
        "figures": [
            ("Suất khen tại lễ năm 2023", 119, "suất"),
            ("Suất “Nuôi em khuyến học” trao tại lễ năm 2023", 12, "suất"),
            ("Xe đạp doanh nghiệp tặng năm 2023", 55, "chiếc"),
            ("Tổng giá trị lễ năm 2023", 415000000, "đồng"),
        ],
    },
    {
        "site": "sonla",
        "slug": "van-dong-quy-khuyen-hoc-tinh-2024",
        "title": "Vận động Quỹ Khuyến học tỉnh năm 2024",
        "fund_name": "Quỹ Khuyến học tỉnh Sơn La",
        "status": "finished",
        "start_date": "2024-01-01",
        "end_date": "2024-12-31",
        "goal": 2940000000,
        "raised": None,
        "beneficiaries": "Học sinh, sinh viên và người học vượt khó, học giỏi trong tỉnh",
        "beneficiaries_count": None,
        "summary": (
            "Mục tiêu năm 2024: quỹ cấp tỉnh tăng thêm 20% so với 14,7 tỷ đồng hiện có, tức khoảng 2,94 tỷ "
            "đồng, gắn với Giải thưởng “Nhân tài đất Việt” và kỷ niệm ngày sinh, ngày mất Tô Hiệu."
        ),
        "body": [
            "Kế hoạch 137/KH-HKH muốn quỹ cấp tỉnh lớn thêm một phần năm (20%) trong năm 2024. "
            "Với 14,7 tỷ đồng của Quỹ Khuyến học tỉnh và Quỹ Học bổng Tô Hiệu, phần cần vận động thêm là "
            "khoảng 2,94 tỷ đồng.",
            "Việc vận động được gắn với lễ phát động Giải thưởng “Nhân tài đất Việt” 2024 (quý I) và lễ kỷ "
            "niệm 80 năm ngày mất, 112 năm ngày sinh của liệt sĩ Tô Hiệu.",
            "Hội kêu gọi cơ quan, đoàn thể, doanh nghiệp, nhà hảo tâm và hội viên cùng đóng góp; mọi khoản "
            "thu, chi được công khai, minh bạch.",
        ],
        "figures": [
            ("Quỹ cấp tỉnh hiện có", 14700000000, "đồng"),
            ("Mục tiêu vận động thêm (20%)", 2940000000, "đồng"),
            ("Quỹ cấp tỉnh nếu đạt mục tiêu", 17640000000, "đồng"),
        ],
    },
    {
        "site": "soctrang",
        "slug": "van-dong-quy-khuyen-hoc-nam-2025",
        "title": "Vận động Quỹ khuyến học năm 2025",
        "fund_name": "Quỹ Khuyến học tỉnh Sóc Trăng",
        "status": "finished",
        "start_date": "2025-02-12",
        "end_date": "2025-12-31",
        "goal": 5000000000,
        "raised": None,
        "beneficiaries": (
            "Học sinh, sinh viên và người lớn nhận học bổng khuyến học, khuyến tài, học không bao giờ ngừng"
        ),
        "beneficiaries_count": None,
        "summary": (
            "Theo Kế hoạch 35/KH-HKH, năm 2025 Hội Khuyến học Sóc Trăng vận động 5 tỷ đồng ở cấp tỉnh, 1 tỷ "
            "ở cấp huyện, 300 triệu ở cấp xã và 20 triệu ở mỗi Ban (Chi hội) cơ quan."
        ),
        "body": [
            "Trong kế hoạch năm 2025, Hội Khuyến học tỉnh Sóc Trăng đặt yêu cầu làm mới cả cách gây quỹ lẫn "
            "cách trao học bổng, để người học ở mọi lứa tuổi – học sinh, sinh viên, người lớn – được tiếp sức.",
            "Mức phải đạt được chia theo cấp Hội: 5 tỷ đồng với tỉnh, 1 tỷ đồng với huyện, 300 triệu đồng "
            "với xã và 20 triệu đồng với mỗi Ban (Chi hội) Khuyến học ở cơ quan, ban ngành, đoàn thể.",
            "Việc lập quỹ ở từng cấp Hội được hướng dẫn theo Nghị định 93/2019/NĐ-CP về quỹ xã hội, "
            "quỹ từ thiện và Nghị định 136/2024/NĐ-CP sửa đổi, bổ sung nghị định này.",
        ],
        "figures": [
            ("Chỉ tiêu cấp tỉnh", 5000000000, "đồng"),
            ("Chỉ tiêu cấp huyện", 1000000000, "đồng"),
            ("Chỉ tiêu cấp xã", 300000000, "đồng"),
            ("Chỉ tiêu Ban (Chi hội) Khuyến học cơ quan", 20000000, "đồng"),
        ],
    },
]
