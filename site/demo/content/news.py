"""Demo news for the two provincial association sites (Sơn La, Sóc Trăng).

Pure data, no imports. The facts and figures come from the seed documents
(Sơn La: Kế hoạch 137/KH-HKH, Báo cáo 01/BC-HKH, the 2022 thematic
conference report and the 2023 propaganda plan; Sóc Trăng: Kế hoạch
35/KH-HKH for 2025); the wording is our own. No private individuals are
named: items are attributed to chapters or to the Ban Biên tập.
"""

from __future__ import annotations

CATEGORIES = [
    ("hoat-dong-hoi", "Hoạt động Hội"),
    ("hoc-bong-khen-thuong", "Học bổng – Khen thưởng"),
    ("mo-hinh-hoc-tap", "Mô hình học tập"),
    ("quy-khuyen-hoc", "Quỹ khuyến học"),
    ("guong-sang", "Gương sáng hiếu học"),
    ("tuyen-truyen", "Tuyên truyền – Tập huấn"),
]

NEWS = [
    # ------------------------------------------------------------------
    # Sơn La – Hội Khuyến học tỉnh (văn phòng tỉnh hội)
    # ------------------------------------------------------------------
    {
        "site": "sonla",
        "title": "Quỹ Học bổng Tô Hiệu: tiếp nối ý chí người chiến sĩ cách mạng",
        "kind": "bai",
        "category": "quy-khuyen-hoc",
        "chapter": None,
        "months_ago": 0,
        "day": 6,
        "topics": [],
        "tags": ["quỹ học bổng tô hiệu", "màu hoa con mai"],
        "summary": (
            "Tám mươi năm sau ngày nhà cách mạng Tô Hiệu hy sinh, quỹ học bổng "
            "mang tên ông tiếp tục được vun đắp và trở thành nguồn động viên "
            "thường xuyên cho học sinh nghèo hiếu học của Sơn La."
        ),
        "body": [
            "Nhà cách mạng Tô Hiệu (1912–1944) gắn bó với Sơn La qua những năm "
            "tháng bị giam cầm tại nhà tù của thực dân và đã hy sinh tại đây ngày "
            "07/3/1944. Năm 2024 tròn 80 năm ngày mất và 112 năm ngày sinh của ông. "
            "Hội Khuyến học tỉnh xác định tưởng nhớ phải đi đôi với những việc làm "
            "cụ thể cho người học, trước hết là vun đắp Quỹ Học bổng Tô Hiệu.",
            "Quỹ có bước tăng trưởng đặc biệt vào năm 2022: nhân dịp kỷ niệm 110 năm "
            "ngày sinh của nhà cách mạng, quỹ tiếp nhận khoản ủng hộ 6 tỷ 100 triệu "
            "đồng, lớn chưa từng có. Con số ấy phản ánh sự quan tâm của Tỉnh ủy, "
            "HĐND, UBND tỉnh cùng tấm lòng của doanh nghiệp và các nhà hảo tâm.",
            "Năm 2023, theo Kế hoạch số 49/KH-UBND ngày 22/02/2023 của UBND tỉnh, "
            "chương trình nghệ thuật “Màu hoa con mai” được tổ chức để vận động cho "
            "quỹ, đúng dịp 111 năm ngày sinh và 79 năm ngày mất của Tô Hiệu. Từ nguồn "
            "quỹ, 80 suất học bổng đã đến với học sinh các trường mang tên ông; bốn "
            "học sinh ở huyện Vân Hồ có hoàn cảnh đặc biệt cũng được hỗ trợ. Tổng "
            "kinh phí của đợt trao là 92 triệu đồng.",
            "Theo báo cáo tổng kết năm 2023, Quỹ Khuyến học tỉnh và Quỹ Học bổng Tô "
            "Hiệu có tổng số dư 14,7 tỷ đồng, trong đó 13.478 triệu đồng được gửi "
            "tiết kiệm. Cách quản lý này giúp nguồn quỹ được bảo toàn, chi đúng mục "
            "đích và công khai với nhà tài trợ.",
            "Theo Kế hoạch số 137/KH-HKH, dịp tưởng niệm 80 năm Tô Hiệu qua đời cũng "
            "là dịp Hội Khuyến học tỉnh cùng các cơ quan kêu gọi góp thêm cho quỹ "
            "mang tên ông. Mỗi suất học bổng Tô Hiệu vì thế không chỉ là món quà "
            "vật chất mà còn là lời nhắc về ý chí tự học, vượt khó của người chiến "
            "sĩ cộng sản.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": True,
    },
    {
        "site": "sonla",
        "title": "Tổng kết năm 2023: hội viên khuyến học toàn tỉnh đạt 351.214 người",
        "kind": "bai",
        "category": "hoat-dong-hoi",
        "chapter": None,
        "months_ago": 1,
        "day": 12,
        "topics": ["don-vi"],
        "tags": ["tổng kết", "hội viên"],
        "summary": (
            "Báo cáo số 01/BC-HKH cho thấy tổ chức Hội tiếp tục lớn mạnh: số hội "
            "viên tăng thêm 5.178 người so với năm 2022, tương đương khoảng 28% dân "
            "số toàn tỉnh."
        ),
        "body": [
            "Ngày 01/01/2024, Hội Khuyến học tỉnh Sơn La ban hành Báo cáo số "
            "01/BC-HKH, tổng kết công tác năm 2023 và đề ra nhiệm vụ năm 2024. Một "
            "điểm sáng của báo cáo là đội ngũ hội viên phát triển đều đặn. Cuối năm "
            "2023, toàn tỉnh có 351.214 hội viên, nhiều hơn 5.178 người so với một "
            "năm trước.",
            "Hội viên chiếm khoảng 28% dân số, đông nhất ở khu vực nông thôn với "
            "253.219 người. Trong tổng số có 24.561 hội viên là cán bộ, công chức, "
            "46.857 hội viên sinh hoạt trong trường học và 73.812 hội viên là đảng "
            "viên; các Hội, Ban Khuyến học trực thuộc tỉnh hội quản lý 177.389 hội viên.",
            "Mạng lưới tổ chức trải từ tỉnh tới bản: 12 Hội Khuyến học huyện, thành "
            "phố, 204 Hội Khuyến học xã, phường, thị trấn và 2.845 chi hội ở 2.303 tổ, "
            "bản, tiểu khu. Bên cạnh đó có 631 tổ chức khuyến học dòng họ, 48 tổ chức "
            "đồng hương, 404 Ban Khuyến học, 704 chi hội trường học và 55 chi hội "
            "doanh nghiệp.",
            "Trong năm, 35 Hội, Ban Khuyến học ở cơ quan, trường học, doanh nghiệp và "
            "lực lượng vũ trang được củng cố, kiện toàn. Lãnh đạo của 22 đơn vị đã "
            "tham gia nhóm Zalo do tỉnh hội lập, nhờ đó việc trao đổi công việc nhanh "
            "và thuận tiện hơn.",
            "Báo cáo cũng thẳng thắn nêu những mặt còn hạn chế: phong trào chưa đồng "
            "đều, nhất là ở vùng sâu, vùng xa; cán bộ khuyến học cấp xã làm kiêm nhiệm "
            "và chưa có phụ cấp. Đây là những vấn đề Hội tiếp tục kiến nghị với cấp "
            "ủy, chính quyền trong năm 2024.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "“Tiếp sức mùa thi” 2023: gần 1 tỷ đồng tiền mặt và hiện vật cho học sinh lớp 12",
        "kind": "bai",
        "category": "hoc-bong-khen-thuong",
        "chapter": None,
        "months_ago": 2,
        "day": 20,
        "topics": ["cong-dong"],
        "tags": ["tiếp sức mùa thi", "học sinh lớp 12"],
        "summary": (
            "Hưởng ứng lời kêu gọi của Chủ tịch UBND tỉnh, các cấp Hội Khuyến học "
            "đã trao 477,2 triệu đồng tiền mặt cùng lượng hiện vật trị giá hơn 502 "
            "triệu đồng để tiếp sức thí sinh."
        ),
        "body": [
            "Trước kỳ thi tốt nghiệp trung học phổ thông năm 2023, Chủ tịch UBND tỉnh "
            "Sơn La kêu gọi toàn xã hội chung tay tiếp sức cho học sinh lớp 12. Hội "
            "Khuyến học các cấp nhanh chóng vào cuộc, vừa tuyên truyền, vận động, vừa "
            "phối hợp với các đoàn thể hỗ trợ thí sinh, nhất là các em ở xa điểm thi.",
            "Tổng số tiền mặt các cấp Hội trao cho học sinh đạt 477.200.000 đồng. "
            "Riêng Hội Khuyến học tỉnh trao học bổng cho 320 học sinh lớp 12 với tổng "
            "số tiền 160 triệu đồng.",
            "Ngoài tiền mặt, nhiều phần quà thiết thực được chuyển tới các điểm thi: "
            "11.456 suất ăn sáng, trưa, tối; 21.397 chai nước lọc, nước ngọt; 7.491 "
            "hộp sữa; 4.865 suất bánh và 1.975 đồ dùng học tập. Quy ra tiền, phần hỗ "
            "trợ bằng hiện vật trị giá 502.858.000 đồng.",
            "Bữa cơm, chai nước tuy nhỏ nhưng giúp các em yên tâm bước vào phòng thi, "
            "đặc biệt là học sinh dân tộc thiểu số phải trọ học xa nhà. Chương trình "
            "cũng cho thấy sức lan tỏa của khuyến học khi hội viên, doanh nghiệp và "
            "người dân cùng góp sức.",
            "Cộng cả tiền mặt và hiện vật, “Tiếp sức mùa thi” năm 2023 đã huy động "
            "gần 1 tỷ đồng cho học sinh lớp 12. Hội Khuyến học tỉnh xác định sẽ tiếp "
            "tục duy trì chương trình trong những mùa thi tới.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": True,
    },
    {
        "site": "sonla",
        "title": "Viettel trao 2,6 tỷ đồng học bổng “Cùng em đến trường” cho học sinh Sơn La",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": None,
        "months_ago": 3,
        "day": 5,
        "topics": [],
        "tags": ["học bổng", "doanh nghiệp"],
        "summary": (
            "Nhân dịp khai giảng năm học 2023–2024, Hội Khuyến học tỉnh Sơn La tiếp "
            "nhận 2,6 tỷ đồng học bổng “Cùng em đến trường” từ Tập đoàn Công nghiệp "
            "– Viễn thông Quân đội."
        ),
        "body": [
            "Đầu năm học 2023–2024, Tập đoàn Công nghiệp – Viễn thông Quân đội "
            "(Viettel) đã trao cho Hội Khuyến học tỉnh Sơn La nguồn học bổng “Cùng em "
            "đến trường” trị giá 2,6 tỷ đồng. Đây là một trong những khoản tài trợ "
            "lớn nhất Hội tiếp nhận trong năm 2023.",
            "Học bổng dành cho học sinh có hoàn cảnh khó khăn, giúp các em có thêm "
            "điều kiện đến lớp khi năm học mới bắt đầu. Hội Khuyến học tỉnh cảm ơn "
            "doanh nghiệp và cam kết chuyển học bổng đến đúng đối tượng, công khai, "
            "minh bạch.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": True,
    },
    {
        "site": "sonla",
        "title": "Năm 2023: 237.921 người dân Sơn La đạt danh hiệu “Công dân học tập”",
        "kind": "bai",
        "category": "mo-hinh-hoc-tap",
        "chapter": None,
        "months_ago": 4,
        "day": 17,
        "topics": ["cong-dan", "gia-dinh", "dong-ho", "cong-dong", "don-vi"],
        "tags": ["công dân học tập", "mô hình học tập"],
        "summary": (
            "Kết quả đánh giá năm 2023: tỷ lệ đạt cao nhất thuộc về “Đơn vị học tập” "
            "(92,8%), thấp nhất là “Công dân học tập” (61,3%) dù đã có 237.921 "
            "người đạt."
        ),
        "body": [
            "Triển khai hai chương trình của Thủ tướng Chính phủ theo Quyết định số "
            "387/QĐ-TTg và 677/QĐ-TTg, các cấp Hội đã đến với từng người dân, từng "
            "nhà, từng dòng họ để mời đăng ký danh hiệu học tập. Việc xây dựng mô hình "
            "được lồng ghép với các cuộc vận động lớn ở địa phương như xây dựng nông "
            "thôn mới, đô thị văn minh và đời sống văn hóa.",
            "Với mô hình “Công dân học tập”, có 388.000 người đăng ký và 237.921 người "
            "đạt, tỷ lệ 61,3%. “Gia đình học tập” có 274.526 hộ đăng ký, 242.138 hộ "
            "đạt, tỷ lệ 88,2%. “Dòng họ học tập” đạt 842 trên 1.149 dòng họ đăng ký, "
            "tỷ lệ 73,2%.",
            "Ở khối cơ quan, 858 trong số 924 đơn vị đăng ký được công nhận “Đơn vị "
            "học tập”, tỷ lệ 92,8%. Mô hình “Cộng đồng học tập” ở tổ, bản, tiểu khu "
            "đạt 1.808 trên 2.303 đơn vị đăng ký, tỷ lệ 78,5%.",
            "Toàn tỉnh đánh giá 204 xã, phường, thị trấn theo tiêu chí “Cộng đồng học "
            "tập” cấp xã. Có 97 đơn vị xếp loại tốt (47,6%), 77 đơn vị loại khá "
            "(37,7%), 27 đơn vị loại trung bình (13,2%) và 3 đơn vị loại yếu (1,5%).",
            "Theo báo cáo của 18 Hội, Ban Khuyến học trực thuộc tỉnh hội, cán bộ, công "
            "chức, viên chức, người lao động và cán bộ, chiến sĩ lực lượng vũ trang "
            "đều đã đăng ký “Công dân học tập” tại đơn vị. Nâng tỷ lệ đạt của mô hình "
            "này sẽ là việc cần tập trung trong thời gian tới.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": True,
    },
    {
        "site": "sonla",
        "title": "Tập huấn “cầm tay chỉ việc” về bộ công cụ đánh giá “Công dân học tập”",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": None,
        "months_ago": 5,
        "day": 24,
        "topics": ["cong-dan"],
        "tags": ["tập huấn", "công dân học tập"],
        "summary": (
            "Trong hai ngày 23 và 24/5/2023, 100 cán bộ chủ chốt được hướng dẫn cách "
            "đăng ký, đánh giá và công nhận danh hiệu “Công dân học tập” giai đoạn "
            "2021–2030."
        ),
        "body": [
            "Với sự hỗ trợ của Trung ương Hội Khuyến học Việt Nam và giảng viên Trường "
            "Đại học Mở Hà Nội, Hội Khuyến học tỉnh Sơn La tổ chức hội nghị tập huấn "
            "trong hai ngày 23–24/5/2023. Tham dự có 100 cán bộ chủ chốt của Hội "
            "Khuyến học các huyện, thành phố, các Ban Khuyến học cơ quan trực thuộc "
            "và thành viên Ban Chỉ đạo xây dựng xã hội học tập tỉnh.",
            "Lớp học đi thẳng vào thực hành: học viên tự thao tác đăng ký, chấm điểm "
            "và tổng hợp kết quả trên bộ công cụ. Sau tập huấn, các đơn vị hướng dẫn "
            "lại cho cơ sở để việc đánh giá được thống nhất trong toàn tỉnh.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Chuyên mục khuyến học trên sóng phát thanh, truyền hình bằng tiếng Kinh, Thái, Mông",
        "kind": "bai",
        "category": "tuyen-truyen",
        "chapter": None,
        "months_ago": 6,
        "day": 9,
        "topics": ["gia-dinh", "dong-ho", "cong-dong", "don-vi", "cong-dan"],
        "tags": ["phát thanh", "tiếng thái", "tiếng mông"],
        "summary": (
            "Tối thứ Sáu hằng tuần, chuyên mục “Khuyến học Sơn La” đến với khán, "
            "thính giả bằng ba thứ tiếng; mỗi tuần trong tháng dành cho một mô hình "
            "học tập."
        ),
        "body": [
            "Tuyên truyền từ lâu là thế mạnh của khuyến học Sơn La. Theo chương trình "
            "phối hợp với Ban Tuyên giáo Tỉnh ủy, Đài Phát thanh – Truyền hình tỉnh "
            "và Báo Sơn La, chuyên mục về khuyến học, khuyến tài, xây dựng xã hội học "
            "tập được duy trì đều đặn vào tối thứ Sáu hằng tuần.",
            "Điểm riêng của chuyên mục là được phát bằng ba thứ tiếng Kinh, Thái và "
            "Mông, nhờ đó thông tin đến được với đồng bào ở các bản vùng cao. Nội dung "
            "luân phiên theo tuần: tuần thứ nhất giới thiệu “Gia đình học tập” tiêu "
            "biểu, tuần thứ hai dành cho “Dòng họ học tập”, tuần thứ ba cho “Cộng "
            "đồng học tập” và “Đơn vị học tập”, tuần thứ tư cho “Công dân học tập”.",
            "Để có tư liệu cho chương trình, Hội Khuyến học các huyện, thành phố phối "
            "hợp với cơ quan truyền thông địa phương ghi nhận điển hình rồi gửi về Đài "
            "tỉnh. Nhờ vậy, nhiều mô hình nhỏ ở cơ sở được khán, thính giả khắp tỉnh "
            "biết đến.",
            "Trong năm 2023, Báo điện tử Sơn La đăng 36 chuyên mục và 3 chuyên đề về "
            "gương sáng khuyến học, khuyến tài. Mỗi tháng, cuốn Thông báo nội bộ của "
            "Ban Tuyên giáo Tỉnh ủy cũng dành một chuyên đề cho công tác khuyến học.",
            "Theo kế hoạch tuyên truyền, chủ tịch Hội Khuyến học mỗi huyện, thành phố "
            "trực tiếp viết và gửi về Ban Biên tập Trang thông tin điện tử và Bản tin "
            "Khuyến học Sơn La ít nhất hai tin và hai bài mỗi tháng. Ban Biên tập mong "
            "tiếp tục nhận được nhiều tin, bài sinh động từ cơ sở.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Hội thảo tìm giải pháp nâng chất lượng trung tâm học tập cộng đồng",
        "kind": "tin",
        "category": "mo-hinh-hoc-tap",
        "chapter": None,
        "months_ago": 7,
        "day": 14,
        "topics": ["cong-dong"],
        "tags": ["trung tâm học tập cộng đồng", "hội thảo"],
        "summary": (
            "Hội thảo cấp tỉnh về thực trạng và giải pháp cho trung tâm học tập cộng "
            "đồng cấp xã nhận được 38 tham luận, với gần 100 đại biểu tham dự."
        ),
        "body": [
            "Hội Khuyến học tỉnh Sơn La đã tổ chức hội thảo “Thực trạng và giải pháp "
            "nâng cao chất lượng hoạt động của Trung tâm học tập cộng đồng cấp xã, "
            "phường, thị trấn tỉnh Sơn La”. Gần 100 đại biểu dự hội thảo, với 38 "
            "tham luận được gửi tới.",
            "Năm 2023, các cấp Hội phối hợp với ban quản lý trung tâm mở 36 lớp xóa "
            "mù chữ, 127 lớp hướng dẫn khoa học, kỹ thuật, 129 lớp kỹ thuật nông, lâm "
            "nghiệp và 90 lớp pháp luật, thu hút 37.041 lượt học viên. Các đại biểu "
            "thống nhất rằng trung tâm phải bám sát nhu cầu của người dân, để học "
            "xong là áp dụng được ngay vào sản xuất và đời sống.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Lễ trao học bổng “Học không bao giờ cùng”: tôn vinh người học ở mọi lứa tuổi",
        "kind": "bai",
        "category": "guong-sang",
        "chapter": None,
        "months_ago": 8,
        "day": 3,
        "topics": ["cong-dan"],
        "tags": ["học không bao giờ cùng", "vinh danh"],
        "summary": (
            "Tại lễ trao học bổng năm 2023, Hội Khuyến học tỉnh khen thưởng 119 học "
            "sinh, sinh viên và người lớn tiêu biểu, trao 12 suất “Nuôi em khuyến "
            "học” và 55 chiếc xe đạp."
        ),
        "body": [
            "Tên gọi của lễ trao học bổng gợi lại lời dạy của Chủ tịch Hồ Chí Minh: "
            "việc học không có điểm dừng và phải lấy tự học làm cốt. Đây là một trong "
            "những hoạt động mới mà Hội Khuyến học tỉnh Sơn La tổ chức trong năm 2023.",
            "119 suất khen được trao cho học sinh, sinh viên giỏi, học sinh giỏi quốc "
            "gia và những người lớn tuổi nổi bật trong học tập, sản xuất, công tác. "
            "Buổi lễ cũng vinh danh các phó giáo sư, tiến sĩ, nghệ nhân nhân "
            "dân, nghệ nhân ưu tú và chiến sĩ thi đua toàn quốc của tỉnh.",
            "Cũng tại buổi lễ, 12 học sinh nhận học bổng “Nuôi em khuyến học” trị giá "
            "6 triệu đồng mỗi năm, được duy trì cho tới khi các em học hết lớp 12. Các "
            "doanh nghiệp trong tỉnh góp 55 chiếc xe đạp, mỗi học sinh được nhận học "
            "bổng hôm ấy mang về một chiếc. Tổng giá trị khen thưởng và quà tặng của chương trình là 415 "
            "triệu đồng.",
            "Việc vinh danh cả người lớn tuổi bên cạnh học sinh, sinh viên thể hiện "
            "rõ tinh thần học tập suốt đời mà Hội theo đuổi. Theo Kế hoạch số "
            "137/KH-HKH, quý II năm 2024 sẽ là thời điểm Hội tổ chức lần trao học bổng "
            "“Học không bao giờ cùng” tiếp theo.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Kỷ niệm 15 năm Ngày Khuyến học Việt Nam, hưởng ứng Tuần lễ học tập suốt đời",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": None,
        "months_ago": 9,
        "day": 2,
        "topics": ["cong-dong"],
        "tags": ["ngày khuyến học việt nam", "tuần lễ học tập suốt đời"],
        "summary": (
            "Nhân dịp 2/10/2023, Hội Khuyến học tỉnh tổ chức gặp mặt, tọa đàm; 12 "
            "huyện, thành phố đồng loạt khai mạc Tuần lễ học tập suốt đời năm 2023."
        ),
        "body": [
            "Năm 2023 tròn 15 năm Ngày Khuyến học Việt Nam (2/10/2008 – 2/10/2023) và "
            "27 năm thành lập Hội Khuyến học Việt Nam (2/10/1996 – 2/10/2023). Nhân "
            "dịp này, Hội Khuyến học tỉnh Sơn La tổ chức gặp mặt và tọa đàm, cùng nhìn "
            "lại chặng đường phát triển của Hội ở Trung ương và ở tỉnh.",
            "Cùng thời điểm, Hội Khuyến học 12 huyện, thành phố đồng loạt khai mạc "
            "hưởng ứng Tuần lễ học tập suốt đời năm 2023. Các hoạt động thu hút sự "
            "quan tâm của đông đảo cán bộ, hội viên và nhân dân.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sơn La",
        "featured": False,
    },
    # ------------------------------------------------------------------
    # Sơn La – Hội Khuyến học huyện, thành phố
    # ------------------------------------------------------------------
    {
        "site": "sonla",
        "title": "Thành phố Sơn La đưa hội nghị tập huấn về cụm phường, xã",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": "thanh-pho-son-la",
        "months_ago": 10,
        "day": 11,
        "topics": ["cong-dan"],
        "tags": ["tập huấn"],
        "summary": (
            "Thay vì tập trung về một điểm, Hội Khuyến học thành phố Sơn La tổ chức "
            "tập huấn văn bản chỉ đạo theo từng cụm để cán bộ cơ sở thuận tiện tham gia."
        ),
        "body": [
            "Năm 2023, Hội Khuyến học thành phố Sơn La là một trong những đơn vị có "
            "sáng kiến mang hội nghị tập huấn các văn bản chỉ đạo của Đảng, Chính phủ "
            "và của tỉnh về tận cụm phường, xã. Cán bộ chi hội không phải đi xa, tiết "
            "kiệm được cả thời gian lẫn chi phí.",
            "Nội dung tập huấn xoay quanh các quyết định của Thủ tướng Chính phủ về "
            "xây dựng xã hội học tập và cách đánh giá các mô hình học tập. Trong năm, "
            "12/12 huyện, thành phố của tỉnh đã mở tổng cộng 110 lớp tập huấn với "
            "4.812 lượt người tham gia.",
        ],
        "author": "Hội Khuyến học thành phố Sơn La",
        "source": "Hội Khuyến học thành phố Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Quỹ khuyến học thành phố Sơn La vượt mốc 1,2 tỷ đồng",
        "kind": "bai",
        "category": "quy-khuyen-hoc",
        "chapter": "thanh-pho-son-la",
        "months_ago": 11,
        "day": 26,
        "topics": [],
        "tags": ["quỹ khuyến học"],
        "summary": (
            "Từ mức 13,6 triệu đồng ghi nhận tại hội nghị chuyên đề năm 2022, quỹ "
            "khuyến học thành phố Sơn La có số dư hơn 1,2 tỷ đồng theo báo cáo tổng "
            "kết năm 2023."
        ),
        "body": [
            "Số liệu tổng hợp cho hội nghị chuyên đề năm 2022 cho thấy quỹ khuyến học "
            "của thành phố Sơn La khi đó chỉ còn 13,6 triệu đồng, thuộc nhóm thấp nhất "
            "tỉnh cùng Vân Hồ và Mai Sơn. Cũng thời gian ấy, sau Đại hội nhiệm kỳ V, "
            "Hội thành phố thay mới toàn bộ chủ tịch, phó chủ tịch và ủy viên thường trực.",
            "Kinh phí cấp cho Hội thành phố là 164 triệu đồng mỗi năm, nhưng sau khi "
            "chi thù lao chỉ còn khoảng 20 triệu đồng cho hoạt động. Với nguồn lực "
            "hạn hẹp như vậy, Hội xác định phải dựa chủ yếu vào vận động xã hội.",
            "Theo Báo cáo số 01/BC-HKH của Hội Khuyến học tỉnh, đến cuối năm 2023 quỹ "
            "khuyến học thành phố có số dư 1.206.965.000 đồng, thuộc nhóm cao của "
            "toàn tỉnh. Kết quả này có được nhờ sự vào cuộc của cấp ủy, chính quyền và "
            "sự ủng hộ của cơ quan, doanh nghiệp, hội viên trên địa bàn.",
            "Hội Khuyến học thành phố cho biết sẽ tiếp tục công khai thu, chi quỹ với "
            "hội viên và nhà tài trợ. Nguồn quỹ được ưu tiên cho học bổng học sinh "
            "vượt khó và khen thưởng các mô hình học tập tiêu biểu.",
        ],
        "author": "Hội Khuyến học thành phố Sơn La",
        "source": "Hội Khuyến học thành phố Sơn La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Quỳnh Nhai kiện toàn đội ngũ, giữ nhịp hoạt động khuyến học",
        "kind": "bai",
        "category": "hoat-dong-hoi",
        "chapter": "quynh-nhai",
        "months_ago": 0,
        "day": 15,
        "topics": [],
        "tags": ["tổ chức hội", "kinh phí"],
        "summary": (
            "Sau Đại hội nhiệm kỳ V, Hội Khuyến học huyện Quỳnh Nhai có chủ tịch, phó "
            "chủ tịch mới và đang tìm cách tháo gỡ khó khăn về kinh phí cho cơ sở."
        ),
        "body": [
            "Quỳnh Nhai là một trong bốn địa phương của tỉnh bố trí đủ ba cán bộ "
            "chuyên trách cho Hội Khuyến học huyện: chủ tịch, phó chủ tịch và ủy viên "
            "thường trực. Sau Đại hội nhiệm kỳ V, cả hai vị trí chủ tịch và phó chủ "
            "tịch Hội huyện đều do người mới đảm nhiệm.",
            "Báo cáo tại hội nghị chuyên đề năm 2022 cho biết kinh phí hoạt động của "
            "Hội cấp xã ở Quỳnh Nhai chưa được cấp trong hai năm 2021 và 2022. Lớp bồi "
            "dưỡng nghiệp vụ khuyến học cũng chưa có tên trong danh mục mở lớp hằng "
            "năm của Trung tâm Chính trị huyện.",
            "Từ kiến nghị của Hội Khuyến học tỉnh, Thường trực Tỉnh ủy ban hành Công "
            "văn số 1936-CV/TU ngày 01/6/2022 và UBND tỉnh ban hành Công văn số "
            "2036/UBND-KGVX ngày 03/6/2022. Theo đó, các sở liên quan được giao "
            "nghiên cứu chế độ cho cán bộ khuyến học cấp xã và nguồn kinh phí bổ sung "
            "cho Hội cấp huyện, xã.",
            "Năm 2022, quỹ khuyến học của huyện ở mức 51.077.000 đồng. Hội Khuyến học "
            "huyện Quỳnh Nhai xác định tiếp tục vận động xây dựng quỹ, đồng thời củng "
            "cố các chi hội ở những bản ven lòng hồ để giữ nhịp sinh hoạt đều đặn.",
        ],
        "author": "Hội Khuyến học huyện Quỳnh Nhai",
        "source": "Hội Khuyến học huyện Quỳnh Nhai",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Quỳnh Nhai mở lớp chuyển giao kỹ thuật tại trung tâm học tập cộng đồng",
        "kind": "tin",
        "category": "mo-hinh-hoc-tap",
        "chapter": "quynh-nhai",
        "months_ago": 1,
        "day": 8,
        "topics": ["gia-dinh", "cong-dong"],
        "tags": ["trung tâm học tập cộng đồng", "khuyến nông"],
        "summary": (
            "Các trung tâm học tập cộng đồng ở Quỳnh Nhai phối hợp mở lớp hướng dẫn "
            "kỹ thuật sản xuất, giúp bà con vùng lòng hồ áp dụng ngay vào thực tế."
        ),
        "body": [
            "Hội Khuyến học huyện Quỳnh Nhai phối hợp với ban quản lý trung tâm học "
            "tập cộng đồng các xã mở lớp hướng dẫn kỹ thuật chăn nuôi, trồng trọt cho "
            "người dân. Nội dung do các bản đề xuất, gắn với cây trồng, vật nuôi đang "
            "được phát triển ở địa phương.",
            "Lớp học ngắn ngày, vừa nghe giảng vừa thực hành tại chỗ nên thu hút nhiều "
            "hộ gia đình tham gia. Đây cũng là dịp để Hội vận động người dân đăng ký "
            "xây dựng “Gia đình học tập” và “Cộng đồng học tập”.",
        ],
        "author": "Hội Khuyến học huyện Quỳnh Nhai",
        "source": "Hội Khuyến học huyện Quỳnh Nhai",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Thuận Châu: quỹ khuyến học cấp huyện lớn nhất tại hội nghị chuyên đề năm 2022",
        "kind": "bai",
        "category": "quy-khuyen-hoc",
        "chapter": "thuan-chau",
        "months_ago": 2,
        "day": 27,
        "topics": [],
        "tags": ["quỹ khuyến học"],
        "summary": (
            "Với 610 triệu đồng, quỹ khuyến học huyện Thuận Châu dẫn đầu các huyện, "
            "thành phố theo số liệu tổng hợp năm 2022, trong khi kinh phí hoạt động "
            "của Hội huyện còn eo hẹp."
        ),
        "body": [
            "Theo số liệu tổng hợp phục vụ hội nghị chuyên đề năm 2022 của Hội Khuyến "
            "học tỉnh, quỹ khuyến học huyện Thuận Châu đạt 610 triệu đồng, cao nhất "
            "trong 12 huyện, thành phố. Xếp sau là Yên Châu với 380 triệu đồng và Sông "
            "Mã với 331 triệu đồng.",
            "Kết quả này càng đáng ghi nhận khi kinh phí hoạt động của Hội huyện không "
            "nhiều. Mỗi năm huyện được cấp khoảng 275 triệu đồng, phần lớn dùng để "
            "chi thù lao; phần để lo cho xã hội học tập của cả 29 xã, thị trấn chỉ vỏn "
            "vẹn 50 triệu đồng.",
            "Thuận Châu là một trong những nơi bố trí đủ ba biên chế chuyên trách ở Hội "
            "huyện. Sau Đại hội nhiệm kỳ V, Hội có phó chủ tịch mới, tiếp tục phát huy "
            "kinh nghiệm vận động quỹ từ cơ quan, doanh nghiệp, dòng họ và hội viên.",
            "Hội Khuyến học huyện Thuận Châu chủ trương dùng quỹ đúng mục đích, ưu "
            "tiên học bổng cho học sinh nghèo vượt khó và khen thưởng kịp thời các tập "
            "thể, gia đình tiêu biểu. Việc thu, chi được báo cáo công khai tại hội nghị "
            "tổng kết hằng năm.",
        ],
        "author": "Hội Khuyến học huyện Thuận Châu",
        "source": "Hội Khuyến học huyện Thuận Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Thuận Châu khai mạc Tuần lễ học tập suốt đời",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": "thuan-chau",
        "months_ago": 3,
        "day": 18,
        "topics": ["cong-dan", "gia-dinh"],
        "tags": ["tuần lễ học tập suốt đời"],
        "summary": (
            "Hội Khuyến học huyện Thuận Châu tổ chức lễ khai mạc hưởng ứng Tuần lễ học "
            "tập suốt đời, kêu gọi mỗi người dân duy trì thói quen tự học."
        ),
        "body": [
            "Cùng với 11 huyện, thành phố khác trong tỉnh, Hội Khuyến học huyện Thuận "
            "Châu tổ chức lễ khai mạc hưởng ứng Tuần lễ học tập suốt đời năm 2023. Buổi "
            "lễ có đại diện lãnh đạo huyện, các ban, ngành, nhà trường và hội viên "
            "khuyến học tham dự.",
            "Trong tuần lễ, các trường học, thư viện và trung tâm học tập cộng đồng "
            "được khuyến khích tổ chức hoạt động đọc sách, giới thiệu kỹ năng số và các "
            "lớp học ngắn ngày. Hội huyện mong tinh thần tự học sẽ lan tỏa tới từng "
            "gia đình, bản làng.",
        ],
        "author": "Hội Khuyến học huyện Thuận Châu",
        "source": "Hội Khuyến học huyện Thuận Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Thuận Châu nhân rộng mô hình “Dòng họ học tập” trong đồng bào Thái",
        "kind": "bai",
        "category": "mo-hinh-hoc-tap",
        "chapter": "thuan-chau",
        "months_ago": 4,
        "day": 4,
        "topics": ["dong-ho", "gia-dinh"],
        "tags": ["dòng họ học tập", "dân tộc thái"],
        "summary": (
            "Hội Khuyến học huyện Thuận Châu vận động các dòng họ đưa việc học của con "
            "cháu vào sinh hoạt chung của họ tộc, coi đó là niềm tự hào của cả dòng họ."
        ),
        "body": [
            "Thuận Châu có đông đồng bào dân tộc Thái, nơi quan hệ dòng họ rất gắn bó. "
            "Hội Khuyến học huyện coi đây là lợi thế để vận động các dòng họ đăng ký "
            "danh hiệu “Dòng họ học tập” và đưa nội dung khuyến học vào sinh hoạt của "
            "họ tộc.",
            "Nhiều dòng họ đã lập quỹ khuyến học riêng để thăm hỏi, động viên con cháu "
            "thi đỗ hoặc đạt thành tích cao. Việc ghi nhận được tổ chức vào dịp họp họ "
            "đầu năm, tạo không khí thi đua giữa các gia đình.",
            "Trên toàn tỉnh, năm 2023 có 842 trong số 1.149 dòng họ đăng ký được công "
            "nhận “Dòng họ học tập”. Hội Khuyến học tỉnh cũng đã hoàn thiện hồ sơ đăng "
            "ký đề tài khoa học cấp tỉnh năm 2024 về giải pháp phát triển phong trào "
            "học tập suốt đời trong gia đình, dòng họ dân tộc Thái.",
            "Hội Khuyến học huyện Thuận Châu mong kinh nghiệm từ cơ sở sẽ góp phần làm "
            "phong phú cho đề tài. Thời gian tới, Hội tiếp tục phối hợp với Mặt trận và "
            "các đoàn thể hướng dẫn các dòng họ thực hiện đúng bộ tiêu chí.",
        ],
        "author": "Hội Khuyến học huyện Thuận Châu",
        "source": "Hội Khuyến học huyện Thuận Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Thuận Châu biểu dương gia đình, dòng họ học tập tiêu biểu",
        "kind": "tin",
        "category": "guong-sang",
        "chapter": "thuan-chau",
        "months_ago": 5,
        "day": 13,
        "topics": ["gia-dinh", "dong-ho"],
        "tags": ["gia đình học tập", "khen thưởng"],
        "summary": (
            "Tại hội nghị tổng kết, Hội Khuyến học huyện Thuận Châu khen thưởng các gia "
            "đình, dòng họ và chi hội có nhiều đóng góp cho phong trào khuyến học."
        ),
        "body": [
            "Hội Khuyến học huyện Thuận Châu biểu dương các gia đình, dòng họ học tập "
            "tiêu biểu cùng những chi hội hoạt động hiệu quả trong năm. Các tập thể "
            "được khen đều có con em chăm ngoan, học giỏi và tích cực tham gia sinh "
            "hoạt tại trung tâm học tập cộng đồng.",
            "Hội huyện coi những điển hình này là hạt nhân để nhân rộng mô hình học "
            "tập ở bản, tiểu khu. Danh sách gương tiêu biểu được gửi tới Trung tâm "
            "Truyền thông và Văn hóa huyện để giới thiệu trên chuyên mục khuyến học.",
        ],
        "author": "Hội Khuyến học huyện Thuận Châu",
        "source": "Hội Khuyến học huyện Thuận Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Sông Mã: quỹ khuyến học cấp huyện đạt gần 3 tỷ đồng",
        "kind": "bai",
        "category": "quy-khuyen-hoc",
        "chapter": "song-ma",
        "months_ago": 6,
        "day": 22,
        "topics": [],
        "tags": ["quỹ khuyến học"],
        "summary": (
            "Theo báo cáo tổng kết năm 2023, quỹ khuyến học huyện Sông Mã có số dư "
            "2.951.000.000 đồng, đứng đầu danh sách các huyện có quỹ lớn của tỉnh."
        ),
        "body": [
            "Báo cáo tổng kết năm 2023 của Hội Khuyến học tỉnh nêu tên Sông Mã đầu "
            "tiên trong số các huyện có số dư quỹ khuyến học cao, với 2.951.000.000 "
            "đồng. Trước đó, tại hội nghị chuyên đề năm 2022, quỹ của huyện được ghi "
            "nhận ở mức 331 triệu đồng, đứng thứ ba toàn tỉnh.",
            "Đáng chú ý, Hội Khuyến học huyện Sông Mã chỉ có một biên chế chuyên "
            "trách. Kinh phí năm 2022 của Hội là 187,3 triệu đồng, trong đó 100 triệu "
            "đồng dành cho việc triển khai Đề án 281 về học tập suốt đời trong gia "
            "đình, dòng họ, cộng đồng.",
            "Nguồn quỹ được huy động từ cán bộ, công chức, viên chức, cơ quan, doanh "
            "nghiệp và hội viên ở khắp các xã. Sự vào cuộc của cấp ủy, chính quyền "
            "huyện giúp công tác vận động có sức lan tỏa rộng.",
            "Quỹ lớn hơn cho phép Hội huyện duy trì các chương trình dài hạn như “Nuôi "
            "em khuyến học” và “Mái ấm cho em” dành cho học sinh khó khăn. Hội cam kết "
            "quản lý quỹ đúng quy định và báo cáo công khai với hội viên, nhà tài trợ.",
        ],
        "author": "Hội Khuyến học huyện Sông Mã",
        "source": "Hội Khuyến học huyện Sông Mã",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Sông Mã đồng hành dài hạn cùng học sinh qua “Nuôi em khuyến học” và “Mái ấm cho em”",
        "kind": "bai",
        "category": "hoc-bong-khen-thuong",
        "chapter": "song-ma",
        "months_ago": 7,
        "day": 6,
        "topics": ["cong-dong"],
        "tags": ["nuôi em khuyến học", "mái ấm cho em"],
        "summary": (
            "Huyện biên giới Sông Mã cùng lúc tham gia hai chương trình hỗ trợ dài hạn "
            "cho học sinh khó khăn; mỗi em trong chương trình “Nuôi em khuyến học” "
            "nhận 500.000 đồng mỗi tháng."
        ),
        "body": [
            "Năm 2023, chương trình “Nuôi em khuyến học” cấp huyện được triển khai tại "
            "Mộc Châu và Sông Mã với tổng số 15 học sinh. Mỗi em được hỗ trợ 500.000 "
            "đồng hằng tháng, giúp gia đình bớt gánh nặng chi phí học tập.",
            "Song song, chương trình “Mái ấm cho em” hỗ trợ 49 học sinh ở ba huyện Sốp "
            "Cộp, Yên Châu và Sông Mã. Các em được chọn từ những hoàn cảnh đặc biệt "
            "khó khăn, có nguy cơ phải nghỉ học.",
            "Điểm khác của hai chương trình là tính liên tục: thay vì trao một lần, "
            "Hội theo dõi các em suốt quá trình học. Cán bộ chi hội ở bản thường xuyên "
            "thăm gia đình, nắm kết quả học tập và báo cáo Hội huyện.",
            "Hội Khuyến học huyện Sông Mã cho biết kinh phí đến từ quỹ khuyến học huyện "
            "cùng sự đóng góp của cơ quan, đơn vị. Hội mong có thêm nhà hảo tâm nhận "
            "đỡ đầu để mở rộng số học sinh được hỗ trợ.",
        ],
        "author": "Hội Khuyến học huyện Sông Mã",
        "source": "Hội Khuyến học huyện Sông Mã",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "“Tết vì người nghèo” mang học bổng đến học sinh vùng biên Sông Mã",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "song-ma",
        "months_ago": 8,
        "day": 19,
        "topics": [],
        "tags": ["tết vì người nghèo", "học bổng"],
        "summary": (
            "Năm 2023, 100 học sinh ở hai huyện biên giới Sông Mã và Sốp Cộp nhận học "
            "bổng của chương trình “Tết vì người nghèo”, tổng trị giá 50 triệu đồng."
        ),
        "body": [
            "Trong chương trình “Tết vì người nghèo” năm 2023, Hội Khuyến học tỉnh trao "
            "học bổng cho 100 học sinh tại hai huyện biên giới Sông Mã và Sốp Cộp. Tổng "
            "giá trị học bổng là 50 triệu đồng.",
            "Hội Khuyến học huyện Sông Mã phối hợp với nhà trường và chính quyền xã "
            "chọn những em có hoàn cảnh khó khăn nhưng chăm chỉ học tập. Các suất học "
            "bổng giúp các em có thêm sách vở, áo ấm khi bước vào học kỳ mới.",
        ],
        "author": "Hội Khuyến học huyện Sông Mã",
        "source": "Hội Khuyến học huyện Sông Mã",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Sông Mã tổ chức tập huấn nghiệp vụ khuyến học theo cụm xã",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": "song-ma",
        "months_ago": 9,
        "day": 28,
        "topics": ["cong-dan"],
        "tags": ["tập huấn"],
        "summary": (
            "Hội Khuyến học huyện Sông Mã chia các xã thành từng cụm để tập huấn văn "
            "bản chỉ đạo và nghiệp vụ đánh giá mô hình học tập cho cán bộ cơ sở."
        ),
        "body": [
            "Địa bàn Sông Mã rộng, nhiều xã cách xa trung tâm huyện nên việc tập trung "
            "cán bộ về một điểm gặp không ít khó khăn. Hội Khuyến học huyện đã đưa hội "
            "nghị tập huấn về từng cụm xã, để cán bộ chi hội có thể dự và trở về trong "
            "ngày.",
            "Nội dung gồm các văn bản của Trung ương, của tỉnh về xây dựng xã hội học "
            "tập và cách ghi chép, đánh giá các danh hiệu học tập. Báo cáo tổng kết "
            "năm 2023 của Hội Khuyến học tỉnh ghi nhận đây là một cách làm sáng tạo.",
        ],
        "author": "Hội Khuyến học huyện Sông Mã",
        "source": "Hội Khuyến học huyện Sông Mã",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mộc Châu: “Nuôi em khuyến học” – khoản hỗ trợ đều đặn mỗi tháng",
        "kind": "bai",
        "category": "hoc-bong-khen-thuong",
        "chapter": "moc-chau",
        "months_ago": 10,
        "day": 7,
        "topics": [],
        "tags": ["nuôi em khuyến học"],
        "summary": (
            "Mộc Châu là một trong hai huyện triển khai “Nuôi em khuyến học” ở cấp "
            "huyện năm 2023, mỗi học sinh được hỗ trợ 500.000 đồng mỗi tháng."
        ),
        "body": [
            "“Nuôi em khuyến học” là hình thức đỡ đầu dài hạn, giúp học sinh có hoàn "
            "cảnh khó khăn theo học đến hết bậc phổ thông. Năm 2023, Mộc Châu cùng Sông "
            "Mã tổ chức chương trình ở cấp huyện, hỗ trợ tổng cộng 15 học sinh.",
            "Khoản hỗ trợ 500.000 đồng được chuyển tới các em đều đặn hằng tháng. Hội "
            "Khuyến học huyện Mộc Châu phối hợp với nhà trường theo dõi kết quả học "
            "tập và động viên kịp thời khi các em gặp khó khăn.",
            "Ở cấp tỉnh, chương trình cùng tên cũng được mở rộng: trong đợt thi đua "
            "“Tháng 9 khuyến học” năm 2023, Hội Khuyến học tỉnh quyết định nhận thêm "
            "12 suất với mức 500.000 đồng mỗi tháng cho đến khi các em học hết trung "
            "học phổ thông. Tổng kinh phí để hoàn thành đợt đỡ đầu này là 546 triệu đồng.",
            "Hội Khuyến học huyện Mộc Châu kêu gọi cơ quan, doanh nghiệp và hội viên "
            "trên địa bàn cùng nhận đỡ đầu. Mỗi suất học bổng đều đặn là một lời hứa "
            "đồng hành lâu dài với các em.",
        ],
        "author": "Hội Khuyến học huyện Mộc Châu",
        "source": "Hội Khuyến học huyện Mộc Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mộc Châu hướng dẫn người dân đăng ký danh hiệu “Công dân học tập”",
        "kind": "tin",
        "category": "mo-hinh-hoc-tap",
        "chapter": "moc-chau",
        "months_ago": 11,
        "day": 16,
        "topics": ["cong-dan"],
        "tags": ["công dân học tập"],
        "summary": (
            "Hội Khuyến học huyện Mộc Châu cùng các chi hội ở tiểu khu, bản hướng dẫn "
            "người dân tự đánh giá theo bộ tiêu chí “Công dân học tập”."
        ),
        "body": [
            "Sau đợt tập huấn của tỉnh về bộ công cụ đánh giá, Hội Khuyến học huyện Mộc "
            "Châu hướng dẫn lại cho cán bộ các chi hội. Các chi hội tiếp tục đến từng "
            "hộ để giải thích tiêu chí và giúp người dân đăng ký.",
            "Bộ tiêu chí coi trọng khả năng tự học, vận dụng kiến thức vào sản xuất và "
            "kỹ năng sử dụng công nghệ số. Hội huyện lưu ý các chi hội không chạy theo "
            "số lượng mà đánh giá đúng thực chất, để danh hiệu thực sự có ý nghĩa.",
        ],
        "author": "Hội Khuyến học huyện Mộc Châu",
        "source": "Hội Khuyến học huyện Mộc Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mộc Châu cân đối kinh phí để giữ nhịp phong trào khuyến học",
        "kind": "tin",
        "category": "hoat-dong-hoi",
        "chapter": "moc-chau",
        "months_ago": 0,
        "day": 21,
        "topics": [],
        "tags": ["kinh phí", "tổ chức hội"],
        "summary": (
            "Với 218 triệu đồng kinh phí mỗi năm, trong đó 110 triệu đồng cho hoạt "
            "động, Hội Khuyến học huyện Mộc Châu ưu tiên tuyên truyền, tập huấn và hỗ "
            "trợ cơ sở."
        ),
        "body": [
            "Theo số liệu tổng hợp năm 2022, Hội Khuyến học huyện Mộc Châu được cấp 218 "
            "triệu đồng mỗi năm; trừ 108 triệu đồng thù lao, còn 110 triệu đồng cho "
            "hoạt động. Hội huyện có hai biên chế chuyên trách, và sau Đại hội nhiệm kỳ "
            "V có sự điều chỉnh ở cả chức danh chủ tịch lẫn phó chủ tịch.",
            "Quỹ khuyến học của huyện khi đó đạt 112 triệu đồng, nằm trong nhóm sáu "
            "huyện, thành phố có quỹ từ 100 triệu đồng trở lên. Mộc Châu cũng là một "
            "trong những nơi đưa hội nghị tập huấn về cụm xã để cán bộ cơ sở tham gia "
            "thuận lợi hơn.",
        ],
        "author": "Hội Khuyến học huyện Mộc Châu",
        "source": "Hội Khuyến học huyện Mộc Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Những “Gia đình học tập” trên cao nguyên Mộc Châu",
        "kind": "bai",
        "category": "guong-sang",
        "chapter": "moc-chau",
        "months_ago": 1,
        "day": 25,
        "topics": ["gia-dinh"],
        "tags": ["gia đình học tập"],
        "summary": (
            "Ở nhiều bản, tiểu khu của Mộc Châu, gia đình học tập không chỉ có con cháu "
            "học giỏi mà người lớn cũng chủ động học kỹ thuật để làm kinh tế."
        ),
        "body": [
            "Trên cao nguyên Mộc Châu, phong trào xây dựng “Gia đình học tập” gắn với "
            "việc phát triển chăn nuôi bò sữa, trồng chè và cây ăn quả. Hội Khuyến học "
            "huyện ghi nhận nhiều hộ đã theo học các lớp kỹ thuật tại trung tâm học tập "
            "cộng đồng rồi áp dụng ngay trên nương, trại của mình.",
            "Ở những gia đình này, góc học tập của con cháu và giờ tự học buổi tối được "
            "người lớn quan tâm như một nếp nhà. Cha mẹ cũng học cách tra cứu giá cả, "
            "kỹ thuật canh tác trên điện thoại thông minh.",
            "Toàn tỉnh năm 2023 có 242.138 hộ đạt danh hiệu “Gia đình học tập” trên "
            "tổng số 274.526 hộ đăng ký. Những câu chuyện ở Mộc Châu góp phần làm nên "
            "con số ấy.",
            "Hội Khuyến học huyện Mộc Châu đang chọn các gia đình tiêu biểu để giới "
            "thiệu trên chuyên mục khuyến học của Đài Phát thanh – Truyền hình tỉnh, "
            "vào tuần dành cho chủ đề “Gia đình học tập”. Hội mong các gia đình ấy sẽ "
            "trở thành hạt nhân lan tỏa phong trào ở mỗi bản.",
        ],
        "author": "Hội Khuyến học huyện Mộc Châu",
        "source": "Hội Khuyến học huyện Mộc Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Hội Khuyến học tỉnh kiểm tra hoạt động khuyến học tại Mường La",
        "kind": "tin",
        "category": "hoat-dong-hoi",
        "chapter": "muong-la",
        "months_ago": 2,
        "day": 10,
        "topics": [],
        "tags": ["kiểm tra"],
        "summary": (
            "Mường La nằm trong đợt kiểm tra 12/12 Hội Khuyến học huyện, thành phố năm "
            "2023, có kết hợp kiểm tra hội cơ sở và trung tâm học tập cộng đồng."
        ),
        "body": [
            "Thực hiện kế hoạch kiểm tra năm 2023, đoàn kiểm tra của Hội Khuyến học "
            "tỉnh đã làm việc với Hội Khuyến học huyện Mường La. Cùng với Hội huyện, "
            "đoàn kiểm tra trực tiếp một số hội cơ sở và trung tâm học tập cộng đồng "
            "trên địa bàn.",
            "Nội dung kiểm tra tập trung vào việc thực hiện Điều lệ Hội và việc quản "
            "lý, sử dụng tài chính, quỹ khuyến học. Qua kiểm tra đủ 12/12 huyện, thành "
            "phố trong năm, tỉnh hội đánh giá phần lớn đơn vị làm tốt chức năng, nhiệm "
            "vụ và quản lý quỹ công khai, minh bạch.",
        ],
        "author": "Hội Khuyến học huyện Mường La",
        "source": "Hội Khuyến học huyện Mường La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mường La dành kinh phí riêng cho xây dựng các mô hình học tập",
        "kind": "bai",
        "category": "mo-hinh-hoc-tap",
        "chapter": "muong-la",
        "months_ago": 3,
        "day": 23,
        "topics": ["gia-dinh", "dong-ho", "cong-dong"],
        "tags": ["mô hình học tập", "kinh phí"],
        "summary": (
            "Trong 165 triệu đồng kinh phí năm 2022, Hội Khuyến học huyện Mường La dành "
            "30 triệu đồng để triển khai các mô hình học tập theo Đề án 281."
        ),
        "body": [
            "Theo số liệu tổng hợp cho hội nghị chuyên đề năm 2022, Hội Khuyến học "
            "huyện Mường La được cấp 165 triệu đồng, trong đó 30 triệu đồng dành riêng "
            "cho Đề án 281 về học tập suốt đời trong gia đình, dòng họ, cộng đồng. Hội "
            "huyện có hai biên chế chuyên trách.",
            "Khoản kinh phí không lớn nhưng giúp Hội huyện in tài liệu, hướng dẫn cơ sở "
            "đăng ký và tổ chức đánh giá các danh hiệu học tập. Nhiều bản đã đưa nội "
            "dung khuyến học vào hương ước, quy ước của bản.",
            "Quỹ khuyến học của huyện năm 2022 đạt 96.249.000 đồng, chưa chạm mốc 100 "
            "triệu đồng. Hội Khuyến học huyện Mường La đặt mục tiêu tiếp tục vận động "
            "cơ quan, doanh nghiệp và hội viên để tăng nguồn lực cho học bổng.",
            "Sau Đại hội nhiệm kỳ V, chủ tịch và phó chủ tịch Hội huyện đều nhận cương "
            "vị mới. Ban lãnh đạo xác định xây dựng mô hình học tập là nhiệm vụ trọng "
            "tâm, gắn với chương trình xây dựng nông thôn mới của huyện.",
        ],
        "author": "Hội Khuyến học huyện Mường La",
        "source": "Hội Khuyến học huyện Mường La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Bắc Yên giữ ổn định đội ngũ lãnh đạo Hội sau Đại hội nhiệm kỳ V",
        "kind": "tin",
        "category": "hoat-dong-hoi",
        "chapter": "bac-yen",
        "months_ago": 4,
        "day": 9,
        "topics": [],
        "tags": ["tổ chức hội"],
        "summary": (
            "Cùng với Vân Hồ, Bắc Yên là một trong hai huyện giữ nguyên cả người và "
            "chức danh lãnh đạo Hội Khuyến học sau Đại hội nhiệm kỳ V."
        ),
        "body": [
            "Nhiệm kỳ V mở ra với nhiều gương mặt mới trong ban lãnh đạo Hội Khuyến học "
            "các huyện, thành phố. Bắc Yên và Vân Hồ là hai nơi duy nhất "
            "giữ nguyên cả người lẫn chức danh lãnh đạo Hội.",
            "Sự ổn định giúp Hội Khuyến học huyện Bắc Yên giữ được kinh nghiệm vận "
            "động, dù Hội chỉ có một biên chế chuyên trách và kinh phí năm 2022 là 75 "
            "triệu đồng. Quỹ khuyến học của huyện năm đó đạt 95 triệu đồng.",
        ],
        "author": "Hội Khuyến học huyện Bắc Yên",
        "source": "Hội Khuyến học huyện Bắc Yên",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Lớp xóa mù chữ ở vùng cao Bắc Yên: học chữ để tự tin hơn trong cuộc sống",
        "kind": "bai",
        "category": "guong-sang",
        "chapter": "bac-yen",
        "months_ago": 5,
        "day": 1,
        "topics": ["cong-dan", "cong-dong"],
        "tags": ["xóa mù chữ", "trung tâm học tập cộng đồng"],
        "summary": (
            "Trung tâm học tập cộng đồng ở các xã vùng cao Bắc Yên mở lớp xóa mù chữ "
            "buổi tối, giúp người lớn biết đọc, biết viết và tiếp cận thông tin."
        ),
        "body": [
            "Ở các bản vùng cao của Bắc Yên vẫn còn người lớn chưa đọc, viết thông thạo "
            "tiếng phổ thông. Hội Khuyến học huyện phối hợp với nhà trường và trung tâm "
            "học tập cộng đồng vận động bà con đến lớp xóa mù chữ vào buổi tối, sau giờ "
            "làm nương.",
            "Người đứng lớp là thầy cô các trường tiểu học, trung học cơ sở trên địa "
            "bàn. Bài học được chọn gần với đời sống: đọc hướng dẫn dùng thuốc, ghi sổ "
            "thu chi của gia đình, đọc các loại giấy tờ hành chính.",
            "Nhiều học viên là phụ nữ dân tộc Mông. Biết chữ, các chị tự tin hơn khi "
            "họp bản, đi chợ hay kèm con học bài; đó là giá trị lớn nhất lớp học mang lại.",
            "Năm 2023, toàn tỉnh có 36 lớp xóa mù chữ được mở tại các trung tâm học tập "
            "cộng đồng. Hội Khuyến học huyện Bắc Yên mong tiếp tục được hỗ trợ tài liệu "
            "và kinh phí để duy trì lớp học lâu dài.",
        ],
        "author": "Hội Khuyến học huyện Bắc Yên",
        "source": "Hội Khuyến học huyện Bắc Yên",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Phù Yên duy trì quỹ khuyến học trên 100 triệu đồng",
        "kind": "tin",
        "category": "quy-khuyen-hoc",
        "chapter": "phu-yen",
        "months_ago": 6,
        "day": 14,
        "topics": [],
        "tags": ["quỹ khuyến học"],
        "summary": (
            "Với 129 triệu đồng, Phù Yên nằm trong sáu huyện, thành phố có quỹ khuyến "
            "học từ 100 triệu đồng trở lên theo số liệu năm 2022."
        ),
        "body": [
            "Báo cáo phục vụ hội nghị chuyên đề năm 2022 cho biết chỉ 6/12 huyện, thành "
            "phố có quỹ khuyến học từ 100 triệu đồng trở lên, gồm Thuận Châu, Sông Mã, "
            "Sốp Cộp, Yên Châu, Phù Yên và Mộc Châu. Quỹ của Phù Yên khi đó là 129 "
            "triệu đồng.",
            "Hội Khuyến học huyện Phù Yên có hai biên chế chuyên trách và được cấp 130 "
            "triệu đồng kinh phí mỗi năm. Hội tiếp tục vận động cơ quan, trường học và "
            "các chi hội góp quỹ để có thêm học bổng cho học sinh vượt khó.",
        ],
        "author": "Hội Khuyến học huyện Phù Yên",
        "source": "Hội Khuyến học huyện Phù Yên",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Phù Yên ký kết phối hợp khuyến học với các ban, ngành, đoàn thể",
        "kind": "bai",
        "category": "hoat-dong-hoi",
        "chapter": "phu-yen",
        "months_ago": 7,
        "day": 27,
        "topics": ["don-vi", "cong-dong"],
        "tags": ["phối hợp"],
        "summary": (
            "Hội Khuyến học huyện Phù Yên ký kết phối hợp với ngành giáo dục và các "
            "đoàn thể, phân rõ phần việc của mỗi bên trong xây dựng xã hội học tập."
        ),
        "body": [
            "Hằng năm, Hội Khuyến học các huyện, thành phố đều ký chương trình phối hợp "
            "với các ban, ngành, đoàn thể cùng cấp. Tại Phù Yên, lần ký kết này chú "
            "trọng phân định rõ vai trò tham mưu, đánh giá và tổ chức thực hiện của "
            "từng đơn vị.",
            "Ngành giáo dục phối hợp đánh giá các mô hình học tập và hoạt động của trung "
            "tâm học tập cộng đồng. Hội Liên hiệp Phụ nữ, Hội Nông dân, Đoàn Thanh niên "
            "và Hội Người cao tuổi vận động hội viên của mình đăng ký các danh hiệu "
            "học tập.",
            "Sau Đại hội nhiệm kỳ V, Hội Khuyến học huyện Phù Yên có chủ tịch và phó "
            "chủ tịch ở cương vị mới. Ban lãnh đạo coi chương trình phối hợp là cách "
            "mở rộng lực lượng làm khuyến học khi cán bộ chuyên trách còn mỏng.",
            "Các bên thống nhất sơ kết định kỳ để đánh giá kết quả và kịp thời điều "
            "chỉnh nội dung phối hợp. Hội Khuyến học huyện Phù Yên kỳ vọng phong trào "
            "sẽ lan rộng hơn tới các xã vùng cao.",
        ],
        "author": "Hội Khuyến học huyện Phù Yên",
        "source": "Hội Khuyến học huyện Phù Yên",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Quỹ Học bổng Tô Hiệu hỗ trợ học sinh mồ côi, hộ nghèo ở Vân Hồ",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "van-ho",
        "months_ago": 8,
        "day": 11,
        "topics": [],
        "tags": ["quỹ học bổng tô hiệu"],
        "summary": (
            "Trong chương trình “Màu hoa con mai”, bốn học sinh Vân Hồ thuộc hộ nghèo, "
            "chịu hậu quả bom mìn hoặc mồ côi được Quỹ Học bổng Tô Hiệu hỗ trợ."
        ),
        "body": [
            "Bên cạnh 80 suất học bổng dành cho học sinh các trường mang tên Tô Hiệu, "
            "chương trình “Màu hoa con mai” năm 2023 còn dành sự quan tâm cho bốn học "
            "sinh ở huyện Vân Hồ. Các em thuộc hộ nghèo, chịu hậu quả bom mìn hoặc mồ "
            "côi, thiếu chỗ dựa nhưng vẫn nỗ lực học tập tốt.",
            "Hội Khuyến học huyện Vân Hồ phối hợp với nhà trường và chính quyền địa "
            "phương xác minh hoàn cảnh của các em. Hội huyện sẽ tiếp tục theo dõi, động "
            "viên để các em không phải bỏ dở việc học.",
        ],
        "author": "Hội Khuyến học huyện Vân Hồ",
        "source": "Hội Khuyến học huyện Vân Hồ",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Vân Hồ: bộ máy ổn định, nỗ lực gỡ khó về quỹ khuyến học",
        "kind": "bai",
        "category": "hoat-dong-hoi",
        "chapter": "van-ho",
        "months_ago": 9,
        "day": 17,
        "topics": [],
        "tags": ["quỹ khuyến học", "tổ chức hội"],
        "summary": (
            "Hội Khuyến học huyện Vân Hồ giữ ổn định đội ngũ lãnh đạo sau Đại hội nhiệm "
            "kỳ V, song quỹ khuyến học còn thấp và cần thêm nguồn lực xã hội."
        ),
        "body": [
            "Vân Hồ là huyện trẻ nhất của tỉnh, địa bàn rộng với nhiều xã vùng cao. Cùng "
            "với Bắc Yên, đây là một trong hai địa phương giữ nguyên người và chức danh "
            "lãnh đạo Hội Khuyến học sau Đại hội nhiệm kỳ V.",
            "Hội huyện có hai biên chế chuyên trách; kinh phí năm 2022 là 129 triệu "
            "đồng, đã bao gồm cả thù lao và chi hoạt động. Quỹ khuyến học khi đó chỉ có "
            "12 triệu đồng, thuộc nhóm thấp nhất tỉnh.",
            "Trước khó khăn đó, Hội Khuyến học huyện Vân Hồ tranh thủ các chương trình "
            "của tỉnh để đưa học bổng về với học sinh, như chương trình “Màu hoa con "
            "mai” của Quỹ Học bổng Tô Hiệu. Hội cũng đẩy mạnh tuyên truyền để cán bộ, "
            "hội viên và doanh nghiệp trên địa bàn cùng góp quỹ.",
            "Theo Hội huyện, đội ngũ lãnh đạo ổn định là thuận lợi để xây dựng kế hoạch "
            "vận động dài hơi. Mục tiêu trước mắt là mỗi hội cơ sở đều có quỹ khuyến "
            "học, dù nhỏ, để chủ động khen thưởng học sinh.",
        ],
        "author": "Hội Khuyến học huyện Vân Hồ",
        "source": "Hội Khuyến học huyện Vân Hồ",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "“Mái ấm cho em” ở Yên Châu: điểm tựa cho học sinh có hoàn cảnh đặc biệt",
        "kind": "bai",
        "category": "hoc-bong-khen-thuong",
        "chapter": "yen-chau",
        "months_ago": 10,
        "day": 20,
        "topics": ["cong-dong"],
        "tags": ["mái ấm cho em"],
        "summary": (
            "Yên Châu là một trong ba huyện triển khai chương trình “Mái ấm cho em” năm "
            "2023, cùng Sốp Cộp và Sông Mã hỗ trợ 49 học sinh."
        ),
        "body": [
            "Chương trình “Mái ấm cho em” hướng tới học sinh có hoàn cảnh đặc biệt khó "
            "khăn, giúp các em có điều kiện sinh hoạt và học tập ổn định hơn. Năm 2023, "
            "chương trình được triển khai ở ba huyện Sốp Cộp, Yên Châu và Sông Mã với "
            "tổng số 49 học sinh.",
            "Tại Yên Châu, Hội Khuyến học huyện phối hợp với các nhà trường rà soát, "
            "lập danh sách học sinh trên cơ sở đề xuất của chi hội ở bản. Việc lựa chọn "
            "được công khai để người dân cùng giám sát.",
            "Một phần nguồn lực đến từ quỹ khuyến học huyện, vốn đứng thứ hai toàn tỉnh "
            "với 380 triệu đồng theo số liệu năm 2022. Tuy vậy, kinh phí hoạt động của "
            "Hội huyện còn eo hẹp: trong 125,5 triệu đồng được cấp, sau khi chi thù lao "
            "chỉ còn khoảng 20 triệu đồng.",
            "Hội Khuyến học huyện Yên Châu cho biết sẽ tiếp tục đồng hành cùng các em "
            "và vận động thêm cơ quan, doanh nghiệp tham gia. Mỗi “mái ấm” là kết quả "
            "của sự chung tay giữa Hội, nhà trường và cộng đồng.",
        ],
        "author": "Hội Khuyến học huyện Yên Châu",
        "source": "Hội Khuyến học huyện Yên Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Yên Châu thống nhất cách phối hợp đánh giá các mô hình học tập",
        "kind": "tin",
        "category": "mo-hinh-hoc-tap",
        "chapter": "yen-chau",
        "months_ago": 11,
        "day": 3,
        "topics": ["gia-dinh", "cong-dong", "don-vi"],
        "tags": ["mô hình học tập", "phối hợp"],
        "summary": (
            "Hội Khuyến học huyện Yên Châu và ngành giáo dục thống nhất phân công trong "
            "tham mưu, đánh giá, xếp loại các mô hình học tập."
        ),
        "body": [
            "Báo cáo tại hội nghị chuyên đề năm 2022 chỉ ra rằng ở một số nơi, trong đó "
            "có Yên Châu, vai trò của Hội Khuyến học và ngành giáo dục trong đánh giá, "
            "xếp loại theo Thông tư 44 và Thông tư 22 của Bộ Giáo dục và Đào tạo chưa "
            "được phân định rõ. Hội Khuyến học tỉnh vì vậy đề nghị Sở Giáo dục và Đào "
            "tạo tập huấn hai thông tư này cho các huyện, xã.",
            "Hội Khuyến học huyện Yên Châu đã chủ động làm việc với Phòng Giáo dục và "
            "Đào tạo để thống nhất đầu mối tổng hợp và lịch đánh giá. Nhờ đó, số liệu "
            "về mô hình học tập của huyện được đối chiếu đầy đủ trước khi báo cáo lên tỉnh.",
        ],
        "author": "Hội Khuyến học huyện Yên Châu",
        "source": "Hội Khuyến học huyện Yên Châu",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mai Sơn: từ quỹ trắng đến hơn 676 triệu đồng",
        "kind": "bai",
        "category": "quy-khuyen-hoc",
        "chapter": "mai-son",
        "months_ago": 0,
        "day": 2,
        "topics": [],
        "tags": ["quỹ khuyến học"],
        "summary": (
            "Năm 2022, Mai Sơn là huyện duy nhất không còn quỹ khuyến học; đến cuối năm "
            "2023, số dư quỹ của huyện đã đạt 676.170.000 đồng."
        ),
        "body": [
            "Tại hội nghị chuyên đề năm 2022, Mai Sơn được nêu là địa phương không còn "
            "đồng quỹ khuyến học nào. Hội Khuyến học huyện khi đó chỉ có một biên chế "
            "chuyên trách, kinh phí 80 triệu đồng mỗi năm, trừ thù lao còn 30 triệu đồng "
            "cho hoạt động.",
            "Trước thực trạng ấy, Hội huyện xác định vận động quỹ là việc phải làm ngay, "
            "với sự vào cuộc của cấp ủy, chính quyền. Thông điệp được nhấn mạnh là mỗi "
            "cơ quan, doanh nghiệp, hội viên đều có thể góp một phần, dù nhỏ.",
            "Theo Báo cáo số 01/BC-HKH của Hội Khuyến học tỉnh, đến cuối năm 2023 quỹ "
            "khuyến học huyện Mai Sơn có số dư 676.170.000 đồng. Sự thay đổi trong hai "
            "năm cho thấy hiệu quả khi cả hệ thống chính trị cùng vào cuộc.",
            "Mai Sơn cũng là một trong những địa phương tổ chức tập huấn văn bản chỉ "
            "đạo tại cụm xã trong năm 2023. Hội Khuyến học huyện Mai Sơn cho biết sẽ "
            "duy trì công khai thu, chi để giữ niềm tin của người đóng góp.",
        ],
        "author": "Hội Khuyến học huyện Mai Sơn",
        "source": "Hội Khuyến học huyện Mai Sơn",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mai Sơn hưởng ứng Tháng Khuyến học bằng nhiều hoạt động ở cơ sở",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": "mai-son",
        "months_ago": 1,
        "day": 18,
        "topics": ["cong-dong"],
        "tags": ["tháng khuyến học"],
        "summary": (
            "Trong Tháng Khuyến học, Hội Khuyến học huyện Mai Sơn phát động thi đua, "
            "tuyên truyền và thăm hỏi học sinh khó khăn dịp khai giảng."
        ),
        "body": [
            "Hưởng ứng Tháng Khuyến học, Hội Khuyến học huyện Mai Sơn đề nghị các hội "
            "cơ sở tuyên truyền trên hệ thống truyền thanh xã, bản và tại các buổi họp "
            "dân. Nội dung tập trung vào ý nghĩa của học tập suốt đời và các danh hiệu "
            "học tập.",
            "Dịp khai giảng năm học mới, nhiều chi hội đến thăm, tặng quà học sinh có "
            "hoàn cảnh khó khăn. Hội huyện đề nghị các chi hội gửi tin, bài về hoạt động "
            "của mình để giới thiệu trên Trang thông tin điện tử của Hội Khuyến học tỉnh.",
        ],
        "author": "Hội Khuyến học huyện Mai Sơn",
        "source": "Hội Khuyến học huyện Mai Sơn",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Sốp Cộp: nhiều chương trình học bổng cùng hướng về học sinh vùng biên",
        "kind": "bai",
        "category": "hoc-bong-khen-thuong",
        "chapter": "sop-cop",
        "months_ago": 2,
        "day": 4,
        "topics": [],
        "tags": ["học bổng", "biên giới"],
        "summary": (
            "Học sinh huyện biên giới Sốp Cộp được các chương trình “Tết vì người "
            "nghèo”, “Mái ấm cho em” và học bổng Trung thu cùng quan tâm trong năm 2023."
        ),
        "body": [
            "Sốp Cộp là huyện biên giới vùng cao, đời sống người dân còn nhiều khó khăn. "
            "Năm 2023, học sinh Sốp Cộp được thụ hưởng nhiều chương trình học bổng do "
            "Hội Khuyến học các cấp tổ chức.",
            "Với “Tết vì người nghèo”, 100 học sinh ở Sông Mã và Sốp Cộp được nhận học "
            "bổng, tổng trị giá 50 triệu đồng. “Mái ấm cho em” hỗ trợ 49 học "
            "sinh ở Sốp Cộp, Yên Châu và Sông Mã. Dịp Trung thu, 10 học sinh của trường "
            "tiểu học và trung học cơ sở bán trú xã Mường Lèo nhận học bổng từ Hội "
            "Khuyến học tỉnh.",
            "Theo số liệu năm 2022, Hội Khuyến học huyện Sốp Cộp có ba biên chế chuyên "
            "trách; kinh phí được cấp 283 triệu đồng, trong đó 70 triệu đồng dành cho "
            "triển khai các mô hình học tập. Quỹ khuyến học của huyện đạt 153.347.000 "
            "đồng, đứng thứ tư toàn tỉnh.",
            "Hội Khuyến học huyện Sốp Cộp phối hợp chặt chẽ với các đồn biên phòng và "
            "nhà trường để học bổng đến đúng địa chỉ. Hội mong có thêm nhiều nhà hảo "
            "tâm đồng hành cùng học sinh vùng biên.",
        ],
        "author": "Hội Khuyến học huyện Sốp Cộp",
        "source": "Hội Khuyến học huyện Sốp Cộp",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Sốp Cộp mở lớp phổ biến pháp luật tại trung tâm học tập cộng đồng",
        "kind": "tin",
        "category": "mo-hinh-hoc-tap",
        "chapter": "sop-cop",
        "months_ago": 3,
        "day": 12,
        "topics": ["cong-dong", "cong-dan"],
        "tags": ["pháp luật", "trung tâm học tập cộng đồng"],
        "summary": (
            "Hội Khuyến học huyện Sốp Cộp phối hợp mở lớp phổ biến pháp luật cho người "
            "dân các bản vùng biên tại trung tâm học tập cộng đồng."
        ),
        "body": [
            "Hội Khuyến học huyện Sốp Cộp phối hợp với ban quản lý trung tâm học tập "
            "cộng đồng các xã mở lớp phổ biến pháp luật cho người dân. Nội dung gồm "
            "những quy định gần gũi với đời sống như hôn nhân và gia đình, đất đai, "
            "phòng chống ma túy và mua bán người.",
            "Lớp học được bố trí vào lúc nông nhàn, có người giải thích bằng tiếng dân "
            "tộc khi cần. Năm 2023, các trung tâm học tập cộng đồng trong tỉnh đã mở 90 "
            "lớp pháp luật, góp phần nâng cao hiểu biết của người dân.",
        ],
        "author": "Hội Khuyến học huyện Sốp Cộp",
        "source": "Hội Khuyến học huyện Sốp Cộp",
        "featured": False,
    },
    # ------------------------------------------------------------------
    # Sơn La – Hội Khuyến học xã
    # ------------------------------------------------------------------
    {
        "site": "sonla",
        "title": "Trao học bổng cho học sinh khó khăn xã Chiềng La",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "chieng-la",
        "months_ago": 4,
        "day": 26,
        "topics": ["gia-dinh"],
        "tags": ["học bổng"],
        "summary": (
            "Học sinh khó khăn xã Chiềng La (Thuận Châu) nằm trong đợt học bổng của Hội "
            "Khuyến học tỉnh dành cho 40 em ở hai xã, tổng trị giá 40 triệu đồng."
        ),
        "body": [
            "Năm 2023, Hội Khuyến học tỉnh Sơn La trao học bổng cho 40 học sinh có hoàn "
            "cảnh khó khăn ở xã Chiềng La, huyện Thuận Châu và xã Chim Vàn, huyện Bắc "
            "Yên, với tổng trị giá 40 triệu đồng. Hội Khuyến học xã Chiềng La phối hợp "
            "với nhà trường lập danh sách và trao tận tay các em.",
            "Đại diện Hội Khuyến học xã cảm ơn sự quan tâm của tỉnh hội và mong các em "
            "tiếp tục cố gắng. Hội xã cũng nhắc các gia đình chăm lo việc học của con, "
            "không để các em nghỉ học giữa chừng.",
        ],
        "author": "Hội Khuyến học xã Chiềng La",
        "source": "Hội Khuyến học xã Chiềng La",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Chim Vàn từng bước xây dựng cộng đồng học tập ở xã vùng cao",
        "kind": "bai",
        "category": "mo-hinh-hoc-tap",
        "chapter": "chim-van",
        "months_ago": 5,
        "day": 7,
        "topics": ["cong-dong", "gia-dinh"],
        "tags": ["cộng đồng học tập", "học bổng"],
        "summary": (
            "Hội Khuyến học xã Chim Vàn (Bắc Yên) kết hợp trao học bổng với vận động "
            "người dân đăng ký các danh hiệu học tập, hướng tới “Cộng đồng học tập” cấp xã."
        ),
        "body": [
            "Chim Vàn là xã vùng cao của huyện Bắc Yên, nơi phong trào khuyến học còn "
            "nhiều việc phải làm. Năm 2023, học sinh của xã nằm trong số 40 em ở Chiềng "
            "La và Chim Vàn được Hội Khuyến học tỉnh trao học bổng, tổng trị giá 40 "
            "triệu đồng.",
            "Nhân dịp trao học bổng, Hội Khuyến học xã gặp mặt phụ huynh để giới thiệu "
            "các danh hiệu “Gia đình học tập” và “Cộng đồng học tập”. Cán bộ Hội hướng "
            "dẫn cách đăng ký và những tiêu chí mỗi gia đình, mỗi bản có thể phấn đấu.",
            "Hội xã cũng phối hợp với trung tâm học tập cộng đồng duy trì các buổi sinh "
            "hoạt chuyên đề về kỹ thuật sản xuất và chăm sóc sức khỏe. Những buổi học "
            "ngắn, thiết thực giúp người dân thấy rõ lợi ích của việc học.",
            "Trên toàn tỉnh, năm 2023 có 97 trong số 204 xã, phường, thị trấn được đánh "
            "giá “Cộng đồng học tập” loại tốt. Hội Khuyến học xã Chim Vàn đặt mục tiêu "
            "nâng dần chất lượng từng tiêu chí để có tên trong nhóm này.",
        ],
        "author": "Hội Khuyến học xã Chim Vàn",
        "source": "Hội Khuyến học xã Chim Vàn",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Mười suất học bổng Trung thu cho học sinh bán trú xã Mường Lèo",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "muong-leo",
        "months_ago": 6,
        "day": 28,
        "topics": [],
        "tags": ["học bổng", "trung thu"],
        "summary": (
            "Nhân dịp Tết Trung thu, Hội Khuyến học tỉnh trao 10 suất học bổng, tổng trị "
            "giá 10 triệu đồng, cho học sinh trường bán trú xã Mường Lèo, huyện Sốp Cộp."
        ),
        "body": [
            "Dịp Tết Trung thu năm 2023, Hội Khuyến học tỉnh Sơn La trao 10 suất học "
            "bổng cho 10 học sinh của trường tiểu học và trung học cơ sở bán trú xã "
            "Mường Lèo, huyện Sốp Cộp. Mỗi suất trị giá 1 triệu đồng, tổng cộng 10 "
            "triệu đồng.",
            "Hội Khuyến học xã Mường Lèo phối hợp với nhà trường tổ chức buổi trao ấm "
            "cúng ngay tại khu bán trú. Món quà nhỏ giúp các em xa nhà có thêm niềm vui "
            "trong đêm hội trăng rằm.",
        ],
        "author": "Hội Khuyến học xã Mường Lèo",
        "source": "Hội Khuyến học xã Mường Lèo",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Hai mươi suất học bổng Tháng Khuyến học cho học sinh THCS Mường Giàng",
        "kind": "bai",
        "category": "guong-sang",
        "chapter": "muong-giang",
        "months_ago": 7,
        "day": 9,
        "topics": ["gia-dinh", "dong-ho"],
        "tags": ["học bổng", "tháng khuyến học"],
        "summary": (
            "Trong đợt thi đua “Tháng 9 khuyến học” năm 2023, 20 học sinh nghèo, học giỏi "
            "của Trường THCS Mường Giàng (Quỳnh Nhai) nhận học bổng, tổng trị giá 20 "
            "triệu đồng."
        ),
        "body": [
            "Nhân dịp khai giảng năm học 2023–2024, trong đợt thi đua “Tháng 9 khuyến "
            "học”, Hội Khuyến học tỉnh trao 20 suất học bổng cho học sinh Trường THCS "
            "Mường Giàng, huyện Quỳnh Nhai. Các em đều có hoàn cảnh khó khăn nhưng học "
            "tập tốt; tổng giá trị học bổng là 20 triệu đồng.",
            "Nhiều em phải phụ giúp gia đình làm nương, chăn nuôi sau giờ học nhưng vẫn "
            "giữ kết quả khá, giỏi. Theo nhà trường, tinh thần tự học của các em là tấm "
            "gương để bạn bè noi theo.",
            "Hội Khuyến học xã Mường Giàng phối hợp chặt chẽ với nhà trường trong việc "
            "chọn học sinh, bảo đảm công khai, đúng đối tượng. Danh sách được thống nhất "
            "trong cuộc họp giữa Hội, nhà trường và đại diện cha mẹ học sinh.",
            "Hội xã mong học bổng sẽ tiếp thêm động lực để các em vượt khó. Hội cũng kêu "
            "gọi các gia đình, dòng họ trong xã quan tâm, khen thưởng kịp thời con em "
            "có thành tích tốt.",
        ],
        "author": "Hội Khuyến học xã Mường Giàng",
        "source": "Hội Khuyến học xã Mường Giàng",
        "featured": False,
    },
    # ------------------------------------------------------------------
    # Sơn La – Ban Khuyến học cơ quan, đơn vị trực thuộc tỉnh hội
    # ------------------------------------------------------------------
    {
        "site": "sonla",
        "title": "Ban Khuyến học Bộ đội Biên phòng tỉnh: điểm tựa của học sinh vùng biên",
        "kind": "bai",
        "category": "hoc-bong-khen-thuong",
        "chapter": "bo-doi-bien-phong",
        "months_ago": 8,
        "day": 15,
        "topics": ["don-vi"],
        "tags": ["biên giới", "con nuôi"],
        "summary": (
            "Cùng các Hội, Ban Khuyến học trực thuộc, Ban Khuyến học Bộ đội Biên phòng "
            "tỉnh góp phần đưa hơn 4,5 tỷ đồng học bổng, quà tặng tới học sinh khó khăn "
            "vùng biên năm 2023."
        ),
        "body": [
            "Năm 2023, các Hội, Ban Khuyến học trực thuộc Hội Khuyến học tỉnh đã phối "
            "hợp với nhiều tổ chức, nhà hảo tâm trao học bổng và quà cho học sinh khó "
            "khăn vùng biên giới, tổng trị giá 4.571 triệu đồng. Báo cáo tổng kết nêu "
            "Ban Khuyến học Bộ đội Biên phòng tỉnh là đơn vị tiêu biểu trong hoạt động này.",
            "Bám địa bàn thường xuyên, cán bộ, chiến sĩ các đồn biên phòng hiểu rõ hoàn "
            "cảnh từng gia đình ở bản biên giới. Nhờ vậy, học bổng và quà tặng đến đúng "
            "những em cần giúp đỡ nhất.",
            "Bộ đội Biên phòng tỉnh cùng Ban Dân vận Tỉnh ủy, Hội Liên hiệp Phụ nữ tỉnh "
            "và Bộ Chỉ huy Quân sự tỉnh đã nhận đỡ đầu 111 học sinh có hoàn cảnh đặc "
            "biệt khó khăn làm “con nuôi”. Mỗi em được hỗ trợ trung bình 500.000 đồng "
            "mỗi tháng cho đến khi học xong trung học phổ thông.",
            "Ban Khuyến học Bộ đội Biên phòng tỉnh cũng chăm lo khen thưởng con em cán "
            "bộ, chiến sĩ có thành tích học tập. Việc khuyến học trong đơn vị góp phần "
            "xây dựng mô hình “Đơn vị học tập” trong lực lượng vũ trang.",
        ],
        "author": "Ban Khuyến học Bộ đội Biên phòng tỉnh",
        "source": "Ban Khuyến học Bộ đội Biên phòng tỉnh",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "“Xuân biên cương ấm tình dân bản” trao học bổng cho học sinh xã biên giới",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "bo-doi-bien-phong",
        "months_ago": 9,
        "day": 5,
        "topics": ["cong-dong"],
        "tags": ["học bổng", "biên giới"],
        "summary": (
            "Chương trình “Xuân biên cương ấm tình dân bản” năm 2023 trao 30 suất học "
            "bổng cho học sinh xã biên giới và hỗ trợ hai trường học, tổng trị giá 25 "
            "triệu đồng."
        ),
        "body": [
            "Trong chương trình “Xuân biên cương ấm tình dân bản” năm 2023, Hội Khuyến "
            "học tỉnh Sơn La trao 30 suất học bổng cho học sinh các xã biên giới và hỗ "
            "trợ hai trường học. Tổng giá trị học bổng và hỗ trợ là 25 triệu đồng.",
            "Ban Khuyến học Bộ đội Biên phòng tỉnh phối hợp với các đồn biên phòng giới "
            "thiệu những học sinh có hoàn cảnh khó khăn, chăm học. Những món quà đầu "
            "xuân góp phần thắt chặt thêm tình quân dân nơi biên giới.",
        ],
        "author": "Ban Khuyến học Bộ đội Biên phòng tỉnh",
        "source": "Ban Khuyến học Bộ đội Biên phòng tỉnh",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Bộ Chỉ huy Quân sự tỉnh khen thưởng con em cán bộ, chiến sĩ học giỏi",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "bo-chi-huy-quan-su",
        "months_ago": 10,
        "day": 24,
        "topics": ["don-vi", "gia-dinh"],
        "tags": ["khen thưởng"],
        "summary": (
            "Ban Khuyến học Bộ Chỉ huy Quân sự tỉnh khen thưởng con em cán bộ, chiến sĩ, "
            "người lao động có thành tích học tập tốt trong năm học."
        ),
        "body": [
            "Ban Khuyến học Bộ Chỉ huy Quân sự tỉnh tổ chức khen thưởng con em cán bộ, "
            "chiến sĩ và người lao động trong đơn vị đạt thành tích cao trong năm học. "
            "Báo cáo tổng kết năm 2023 của Hội Khuyến học tỉnh nêu đơn vị trong nhóm "
            "tiêu biểu về khen thưởng con em cán bộ, người lao động.",
            "Cả năm 2023, các Hội, Ban Khuyến học trực thuộc tỉnh hội đã trao 1.661 suất "
            "khen cho con em cán bộ, công chức, viên chức, người lao động, tổng số tiền "
            "673.050.000 đồng. Bộ Chỉ huy Quân sự tỉnh cũng cùng các cơ quan khác nhận "
            "đỡ đầu học sinh có hoàn cảnh đặc biệt khó khăn.",
        ],
        "author": "Ban Khuyến học Bộ Chỉ huy Quân sự tỉnh",
        "source": "Ban Khuyến học Bộ Chỉ huy Quân sự tỉnh",
        "featured": False,
    },
    {
        "site": "sonla",
        "title": "Trường PTDT Nội trú tỉnh xây dựng “Đơn vị học tập” từ mỗi thầy cô",
        "kind": "bai",
        "category": "mo-hinh-hoc-tap",
        "chapter": "truong-ptdt-noi-tru",
        "months_ago": 11,
        "day": 10,
        "topics": ["don-vi", "cong-dan"],
        "tags": ["đơn vị học tập", "công dân học tập"],
        "summary": (
            "Ban Khuyến học Trường PTDT Nội trú tỉnh vận động cán bộ, giáo viên, nhân "
            "viên đăng ký “Công dân học tập” và kịp thời khen thưởng học sinh học tốt."
        ),
        "body": [
            "Là ngôi trường dành cho học sinh các dân tộc thiểu số của tỉnh, Trường Phổ "
            "thông dân tộc nội trú tỉnh coi khuyến học là một phần của giáo dục toàn "
            "diện. Ban Khuyến học của trường vận động cán bộ, giáo viên, nhân viên đăng "
            "ký danh hiệu “Công dân học tập” ngay tại đơn vị.",
            "Theo báo cáo của 18 Hội, Ban Khuyến học trực thuộc tỉnh hội, toàn bộ cán "
            "bộ, công chức, viên chức, người lao động ở các cơ quan này đã đăng ký “Công "
            "dân học tập”. Thầy cô trong trường tích cực bồi dưỡng chuyên môn, học ngoại "
            "ngữ và nâng cao kỹ năng số.",
            "Năm 2023, Ban Khuyến học nhà trường được Hội Khuyến học tỉnh nêu trong nhóm "
            "đơn vị tiêu biểu về khen thưởng con em cán bộ, người lao động. Học sinh nội "
            "trú có thành tích trong học tập và các cuộc thi cũng được động viên kịp thời.",
            "Nhà trường phấn đấu xứng đáng với danh hiệu “Đơn vị học tập”, để mỗi học "
            "sinh khi ra trường mang theo thói quen tự học suốt đời. Đó cũng là cách "
            "nhà trường góp phần vào phong trào xây dựng xã hội học tập của tỉnh.",
        ],
        "author": "Ban Khuyến học Trường PTDT Nội trú tỉnh",
        "source": "Ban Khuyến học Trường PTDT Nội trú tỉnh",
        "featured": False,
    },
    # ------------------------------------------------------------------
    # Sóc Trăng
    # ------------------------------------------------------------------
    {
        "site": "soctrang",
        "title": "Hội Khuyến học tỉnh Sóc Trăng ban hành kế hoạch công tác khuyến học năm 2025",
        "kind": "bai",
        "category": "hoat-dong-hoi",
        "chapter": None,
        "months_ago": 0,
        "day": 12,
        "topics": ["cong-dan", "gia-dinh", "don-vi"],
        "tags": ["kế hoạch năm 2025", "hội viên"],
        "summary": (
            "Kế hoạch số 35/KH-HKH ngày 12/02/2025 đặt mục tiêu phát triển 23.000–25.000 "
            "hội viên mới và chuẩn bị đại hội các cấp nhiệm kỳ 2025–2030."
        ),
        "body": [
            "Ngày 12/02/2025, Hội Khuyến học tỉnh Sóc Trăng ban hành Kế hoạch số "
            "35/KH-HKH về công tác khuyến học năm 2025. Kế hoạch dựa trên Nghị định số "
            "126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ về tổ chức, hoạt động và quản "
            "lý hội, Điều lệ Hội Khuyến học Việt Nam và Nghị quyết số 14/NQ-HKH ngày "
            "16/01/2025 của Ban Chấp hành Hội tỉnh.",
            "Về tổ chức, Hội đặt chỉ tiêu kết nạp từ 23.000 đến 25.000 hội viên mới và "
            "kiện toàn 98% Ban, Chi hội Khuyến học trong cơ quan, ban ngành các cấp. "
            "Hội cấp huyện và cấp cơ sở phấn đấu có 70% xếp loại tốt, 30% xếp loại khá.",
            "Kế hoạch đề cao vai trò nêu gương của cán bộ, đảng viên: người đảng viên "
            "vào Hội và phấn đấu đạt “Công dân học tập”, gia đình của họ hướng tới "
            "danh hiệu “Gia đình học tập”, còn chi bộ, đảng bộ cơ sở xây dựng thành "
            "“Đơn vị học tập”. Đây là cách cụ thể hóa Kết "
            "luận số 49-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW.",
            "Năm 2025 cũng là năm chuẩn bị nhân sự và điều kiện cho đại hội đại biểu Hội "
            "Khuyến học các cấp nhiệm kỳ 2025–2030. Văn phòng Hội tỉnh chủ trì triển "
            "khai; các Hội huyện, thị xã, thành phố và Ban Khuyến học cơ quan xây dựng "
            "kế hoạch riêng phù hợp với thực tế.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sóc Trăng",
        "featured": True,
    },
    {
        "site": "soctrang",
        "title": "Sóc Trăng đặt chỉ tiêu vận động quỹ khuyến học 5 tỷ đồng ở cấp tỉnh",
        "kind": "bai",
        "category": "quy-khuyen-hoc",
        "chapter": None,
        "months_ago": 1,
        "day": 19,
        "topics": [],
        "tags": ["quỹ khuyến học", "học bổng"],
        "summary": (
            "Năm 2025, chỉ tiêu vận động quỹ được giao theo từng cấp: 5 tỷ đồng cấp tỉnh, "
            "1 tỷ đồng cấp huyện, 300 triệu đồng cấp xã và 20 triệu đồng mỗi Ban, Chi "
            "hội cơ quan."
        ),
        "body": [
            "Theo kế hoạch công tác năm 2025, Hội Khuyến học tỉnh Sóc Trăng chủ trương "
            "làm mới cách gây quỹ cũng như cách trao học bổng. Học bổng "
            "không chỉ dành cho học sinh, sinh viên mà cả người lớn, theo tinh thần việc "
            "học không bao giờ ngừng.",
            "Chỉ tiêu được giao cho từng cấp: cấp tỉnh 5 tỷ đồng, cấp huyện 1 tỷ đồng, "
            "cấp xã 300 triệu đồng. Mỗi Ban, Chi hội Khuyến học của cơ quan, ban ngành, "
            "đoàn thể phấn đấu vận động 20 triệu đồng.",
            "Việc thành lập và quản lý quỹ được hướng dẫn theo Nghị định số "
            "93/2019/NĐ-CP về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện và Nghị "
            "định số 136/2024/NĐ-CP sửa đổi, bổ sung nghị định này. Khung pháp lý rõ "
            "ràng giúp các cấp Hội quản lý quỹ công khai, minh bạch.",
            "Hội tỉnh phối hợp với nhiều đơn vị như Hội Liên hiệp Phụ nữ, Hội Nông dân, "
            "Tỉnh đoàn, Hội Cựu chiến binh, Công an tỉnh, Bộ đội Biên phòng, Bộ Chỉ huy "
            "Quân sự tỉnh, Đài Phát thanh – Truyền hình Sóc Trăng và Công ty Xổ số kiến "
            "thiết Sóc Trăng. Sự chung tay của các đơn vị sẽ góp thêm nguồn lực để hoàn "
            "thành chỉ tiêu quỹ.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sóc Trăng",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Sóc Trăng chuẩn bị đại hội Hội Khuyến học các cấp nhiệm kỳ 2025–2030",
        "kind": "tin",
        "category": "hoat-dong-hoi",
        "chapter": None,
        "months_ago": 2,
        "day": 6,
        "topics": [],
        "tags": ["đại hội", "tổ chức hội"],
        "summary": (
            "Hội Khuyến học tỉnh Sóc Trăng chỉ đạo kiện toàn bộ máy, chuẩn bị nhân sự cho "
            "đại hội các cấp, hướng tới Đại hội toàn quốc khóa VII, nhiệm kỳ 2026–2031."
        ),
        "body": [
            "Theo Kế hoạch số 35/KH-HKH, năm 2025 các cấp Hội Khuyến học tỉnh Sóc Trăng "
            "tập trung kiện toàn tổ chức, chuẩn bị nhân sự và các điều kiện cho đại hội "
            "đại biểu nhiệm kỳ 2025–2030. Đây là bước chuẩn bị cho Đại hội đại biểu toàn "
            "quốc Hội Khuyến học Việt Nam khóa VII, nhiệm kỳ 2026–2031.",
            "Hội tỉnh phát động thi đua chào mừng đại hội các cấp, gắn với Tháng Khuyến "
            "học, Ngày Khuyến học Việt Nam 2/10 và Tuần lễ học tập suốt đời. Công tác "
            "đại hội được thực hiện theo Nghị định số 126/2024/NĐ-CP về tổ chức, hoạt "
            "động và quản lý hội.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sóc Trăng",
        "featured": True,
    },
    {
        "site": "soctrang",
        "title": "Kiểm tra mô hình học tập theo Thông tư 24/2023/TT-BGDĐT",
        "kind": "tin",
        "category": "mo-hinh-hoc-tap",
        "chapter": None,
        "months_ago": 3,
        "day": 25,
        "topics": ["gia-dinh", "dong-ho", "cong-dong", "don-vi"],
        "tags": ["mô hình học tập", "kiểm tra"],
        "summary": (
            "Hội Khuyến học tỉnh Sóc Trăng tham gia đoàn kiểm tra của Sở Giáo dục và Đào "
            "tạo về mô hình học tập trong gia đình, dòng họ, cộng đồng và đơn vị."
        ),
        "body": [
            "Năm 2025, Hội Khuyến học tỉnh Sóc Trăng cùng Sở Giáo dục và Đào tạo tham "
            "gia đoàn kiểm tra, đánh giá việc xây dựng mô hình học tập trong gia đình, "
            "dòng họ, cộng đồng và đơn vị. Căn cứ đánh giá là Thông tư số "
            "24/2023/TT-BGDĐT và Thông tư số 25/2023/TT-BGDĐT của Bộ Giáo dục và Đào tạo.",
            "Đoàn cũng kiểm tra công tác phổ cập giáo dục, xóa mù chữ ở địa phương. Hội "
            "tỉnh tiếp tục hướng dẫn thành lập Ban, Chi hội Khuyến học tại cơ quan, doanh "
            "nghiệp và cơ sở tôn giáo, bảo đảm các tiêu chí “Đơn vị học tập”.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sóc Trăng",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Bồi dưỡng kỹ năng số cho cán bộ Hội Khuyến học Sóc Trăng",
        "kind": "tin",
        "category": "tuyen-truyen",
        "chapter": None,
        "months_ago": 4,
        "day": 14,
        "topics": ["cong-dan"],
        "tags": ["kỹ năng số", "tập huấn"],
        "summary": (
            "Thực hiện Nghị quyết số 57-NQ/TW, Hội Khuyến học tỉnh Sóc Trăng đưa nội "
            "dung bồi dưỡng kỹ năng số cho cán bộ, hội viên vào kế hoạch năm 2025."
        ),
        "body": [
            "Kế hoạch công tác năm 2025 của Hội Khuyến học tỉnh Sóc Trăng dành riêng một "
            "nội dung cho việc bồi dưỡng kỹ năng số đối với cán bộ quản lý và hội viên. "
            "Mục tiêu là để hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập "
            "theo kịp yêu cầu của kỷ nguyên số.",
            "Nội dung này gắn với việc quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
            "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
            "tạo và chuyển đổi số quốc gia. Các cấp Hội được đề nghị chủ động mở lớp "
            "phù hợp với điều kiện của địa phương.",
        ],
        "author": "Ban Biên tập",
        "source": "Hội Khuyến học tỉnh Sóc Trăng",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Thành phố Sóc Trăng ra quân phát triển hội viên mới",
        "kind": "tin",
        "category": "hoat-dong-hoi",
        "chapter": "tp-soc-trang",
        "months_ago": 5,
        "day": 21,
        "topics": ["cong-dan"],
        "tags": ["hội viên"],
        "summary": (
            "Hội Khuyến học thành phố Sóc Trăng vận động hội viên mới tại khóm, ấp và cơ "
            "quan, góp phần vào chỉ tiêu 23.000–25.000 hội viên mới của toàn tỉnh."
        ),
        "body": [
            "Thực hiện kế hoạch của Hội tỉnh, Hội Khuyến học thành phố Sóc Trăng triển "
            "khai đợt vận động hội viên mới ở các phường, khóm và trong cơ quan, trường "
            "học. Năm 2025, toàn tỉnh đặt chỉ tiêu kết nạp từ 23.000 đến 25.000 hội viên.",
            "Hội thành phố đề nghị các chi hội giới thiệu rõ quyền lợi, trách nhiệm của "
            "hội viên và cách đóng hội phí. Đảng viên, cán bộ, công chức được khuyến "
            "khích đi đầu, vừa làm hội viên vừa đăng ký “Công dân học tập”.",
        ],
        "author": "Hội Khuyến học thành phố Sóc Trăng",
        "source": "Hội Khuyến học thành phố Sóc Trăng",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Kế Sách: trung tâm học tập cộng đồng gắn với sản xuất của nông dân",
        "kind": "bai",
        "category": "mo-hinh-hoc-tap",
        "chapter": "ke-sach",
        "months_ago": 6,
        "day": 8,
        "topics": ["gia-dinh", "cong-dong"],
        "tags": ["trung tâm học tập cộng đồng", "nông thôn mới"],
        "summary": (
            "Hội Khuyến học huyện Kế Sách vận động người dân đến trung tâm học tập cộng "
            "đồng học kỹ thuật canh tác, chăn nuôi, góp phần giảm nghèo bền vững."
        ),
        "body": [
            "Kế Sách là huyện nông nghiệp, phần đông người dân sống nhờ trồng lúa, cây ăn "
            "trái và chăn nuôi. Hội Khuyến học huyện xác định trung tâm học tập cộng đồng "
            "là nơi thuận lợi nhất để đưa kiến thức mới đến với bà con.",
            "Hội phối hợp với ban quản lý trung tâm và các đoàn thể tổ chức những buổi "
            "sinh hoạt chuyên đề về kỹ thuật canh tác, phòng trừ dịch bệnh trên cây trồng, "
            "vật nuôi. Nội dung được chọn theo mùa vụ để bà con học xong có thể làm ngay "
            "trên ruộng vườn.",
            "Song song với lớp kỹ thuật, Hội vận động các hộ đăng ký danh hiệu “Gia đình "
            "học tập”, các ấp phấn đấu trở thành “Cộng đồng học tập”. Hoạt động này gắn "
            "với chương trình xây dựng nông thôn mới của huyện.",
            "Kế hoạch năm 2025 của Hội Khuyến học tỉnh nhấn mạnh vai trò của trung tâm "
            "học tập cộng đồng trong giảm nghèo bền vững. Hội Khuyến học huyện Kế Sách "
            "sẽ tiếp tục đề xuất nội dung học sát nhu cầu để thu hút thêm người dân "
            "tham gia.",
        ],
        "author": "Hội Khuyến học huyện Kế Sách",
        "source": "Hội Khuyến học huyện Kế Sách",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Mỹ Xuyên trao học bổng cho học sinh vượt khó đầu năm học",
        "kind": "tin",
        "category": "hoc-bong-khen-thuong",
        "chapter": "my-xuyen",
        "months_ago": 7,
        "day": 16,
        "topics": [],
        "tags": ["học bổng", "tháng khuyến học"],
        "summary": (
            "Nhân dịp khai giảng, Hội Khuyến học huyện Mỹ Xuyên phối hợp với nhà trường "
            "trao học bổng cho học sinh có hoàn cảnh khó khăn, học tập tốt."
        ),
        "body": [
            "Hưởng ứng Tháng Khuyến học, Hội Khuyến học huyện Mỹ Xuyên phối hợp với các "
            "trường trên địa bàn trao học bổng cho học sinh có hoàn cảnh khó khăn nhưng "
            "chăm ngoan, học tốt. Học bổng được vận động từ hội viên, doanh nghiệp và các "
            "nhà hảo tâm trong huyện.",
            "Hội huyện đề nghị các chi hội tiếp tục theo dõi, động viên các em trong suốt "
            "năm học. Danh sách học sinh nhận học bổng và nguồn đóng góp được công khai "
            "tại nhà trường và trụ sở Hội.",
        ],
        "author": "Hội Khuyến học huyện Mỹ Xuyên",
        "source": "Hội Khuyến học huyện Mỹ Xuyên",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Vĩnh Châu: khuyến học trong cộng đồng đồng bào Khmer",
        "kind": "bai",
        "category": "guong-sang",
        "chapter": "vinh-chau",
        "months_ago": 8,
        "day": 23,
        "topics": ["gia-dinh", "cong-dong"],
        "tags": ["đồng bào khmer", "gương sáng"],
        "summary": (
            "Hội Khuyến học thị xã Vĩnh Châu phối hợp với các chùa Khmer và cộng đồng dân "
            "cư để khích lệ tinh thần học tập của con em đồng bào."
        ),
        "body": [
            "Vĩnh Châu là thị xã ven biển có đông đồng bào Khmer sinh sống. Ngôi chùa ở "
            "mỗi phum, sóc từ lâu không chỉ là nơi sinh hoạt tín ngưỡng mà còn là nơi "
            "dạy chữ, dạy nghề cho con em.",
            "Thực hiện hướng dẫn của Hội tỉnh về thành lập Ban, Chi hội Khuyến học tại "
            "cơ sở tôn giáo, Hội Khuyến học thị xã Vĩnh Châu vận động các chùa tham gia "
            "phong trào. Nhà chùa cùng Hội động viên các gia đình cho con em đến trường "
            "đều đặn và duy trì lớp học chữ Khmer dịp hè.",
            "Gia đình có con em học giỏi, thi đỗ được biểu dương trong các buổi sinh hoạt "
            "cộng đồng. Cách làm gần gũi này giúp tinh thần hiếu học lan tỏa tự nhiên "
            "trong từng phum, sóc.",
            "Hội Khuyến học thị xã Vĩnh Châu sẽ tiếp tục phối hợp với nhà trường và các "
            "đoàn thể để khen thưởng, trao học bổng trong đợt thi đua chào mừng đại hội "
            "nhiệm kỳ 2025–2030. Hội mong mỗi gia đình đồng bào Khmer đều phấn đấu trở "
            "thành “Gia đình học tập”.",
        ],
        "author": "Hội Khuyến học thị xã Vĩnh Châu",
        "source": "Hội Khuyến học thị xã Vĩnh Châu",
        "featured": False,
    },
    {
        "site": "soctrang",
        "title": "Thành phố Sóc Trăng hưởng ứng Tháng Khuyến học và Ngày Khuyến học Việt Nam",
        "kind": "bai",
        "category": "tuyen-truyen",
        "chapter": "tp-soc-trang",
        "months_ago": 9,
        "day": 1,
        "topics": ["cong-dong", "cong-dan"],
        "tags": ["tháng khuyến học", "ngày khuyến học việt nam"],
        "summary": (
            "Hội Khuyến học thành phố Sóc Trăng tổ chức chuỗi hoạt động tuyên truyền, "
            "khen thưởng trong Tháng Khuyến học và dịp kỷ niệm Ngày Khuyến học Việt Nam 2/10."
        ),
        "body": [
            "Tháng 9 hằng năm là Tháng Khuyến học, còn ngày 2/10 là Ngày Khuyến học Việt "
            "Nam, trùng với ngày thành lập Hội Khuyến học Việt Nam năm 1996. Hội Khuyến "
            "học thành phố Sóc Trăng xây dựng chuỗi hoạt động để hưởng ứng hai dịp này.",
            "Các phường được đề nghị tuyên truyền qua hệ thống loa, tại buổi sinh hoạt "
            "khóm và trên trang mạng xã hội của đơn vị. Nội dung nhấn mạnh ý nghĩa của "
            "học tập thường xuyên, học tập suốt đời với mỗi người dân đô thị.",
            "Nhiều chi hội đến thăm, tặng quà học sinh khó khăn và khen thưởng học sinh "
            "đạt thành tích cao. Những tập thể có nhiều đóng góp cho phong trào cũng được "
            "biểu dương.",
            "Hội thành phố gắn các hoạt động trong tháng với phong trào thi đua chào mừng "
            "đại hội Hội Khuyến học các cấp nhiệm kỳ 2025–2030. Qua đó, Hội mong thu hút "
            "thêm hội viên mới và nguồn lực cho quỹ khuyến học.",
        ],
        "author": "Hội Khuyến học thành phố Sóc Trăng",
        "source": "Hội Khuyến học thành phố Sóc Trăng",
        "featured": False,
    },
]
