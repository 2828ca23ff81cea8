"""Demo issues of “Bản tin Khuyến học Sơn La” (numbers 33–35).

Pure data, no imports. Facts and figures come from the Sơn La seed documents
(Báo cáo 01/BC-HKH, Kế hoạch 137/KH-HKH, the 2022 conference report and the
2023 propaganda plan); the wording is our own. Articles are attributed to
organisations, never to private individuals.
"""

from __future__ import annotations

ISSUES = [
    # ------------------------------------------------------------------
    # Số 33 – quý III/2023: Tháng Khuyến học
    # ------------------------------------------------------------------
    {
        "number": 33,
        "year": 2023,
        "quarter": 3,
        "publication_date": "2023-09-28",
        "title": "Bản tin Khuyến học Sơn La số 33",
        "editorial": [
            "Tháng Chín về, cùng tiếng trống khai trường là Tháng Khuyến học – dịp để "
            "mỗi cấp Hội nhìn lại những việc đã làm cho người học và chuẩn bị cho một "
            "năm học mới. Bản tin số 33 dành phần lớn dung lượng cho các hoạt động "
            "đồng hành cùng học sinh trong mùa thi vừa qua và những ngày đầu năm học "
            "2023–2024.",
            "Từ bữa cơm ở điểm thi, suất học bổng đỡ đầu hằng tháng đến khoản tài trợ "
            "lớn của doanh nghiệp, mỗi hoạt động đều cho thấy khuyến học đã trở thành "
            "việc chung của cả xã hội. Bản tin cũng giới thiệu những kinh nghiệm Hội "
            "thu nhận được từ các tỉnh bạn trong năm.",
            "Ban Biên tập trân trọng cảm ơn các cấp Hội, các nhà hảo tâm và doanh nghiệp "
            "đã đồng hành. Chúng tôi mong tiếp tục nhận được tin, bài từ cơ sở để Bản "
            "tin ngày càng phong phú, gần gũi hơn.",
        ],
        "articles": [
            {
                "title": "“Tiếp sức mùa thi” 2023: các cấp Hội chung tay cùng sĩ tử",
                "author": "Ban Biên tập",
                "summary": (
                    "Các cấp Hội Khuyến học trao 477,2 triệu đồng tiền mặt và hiện vật "
                    "trị giá hơn 502 triệu đồng cho học sinh lớp 12 trong mùa thi 2023."
                ),
                "body": [
                    "Đáp lời kêu gọi của Chủ tịch UBND tỉnh, Hội Khuyến học từ tỉnh đến "
                    "cơ sở đã cùng các đoàn thể tổ chức “Tiếp sức mùa thi” năm 2023. Trọng "
                    "tâm là hỗ trợ học sinh lớp 12 ở xa điểm thi, học sinh dân tộc thiểu "
                    "số và học sinh có hoàn cảnh khó khăn.",
                    "Tổng số tiền mặt trao cho thí sinh là 477.200.000 đồng. Trong đó, "
                    "Hội Khuyến học tỉnh trực tiếp trao học bổng cho 320 học sinh lớp 12 "
                    "với tổng số 160 triệu đồng.",
                    "Phần hỗ trợ bằng hiện vật gồm 11.456 suất ăn, 21.397 chai nước, 7.491 "
                    "hộp sữa, 4.865 suất bánh và 1.975 đồ dùng học tập, quy đổi được "
                    "502.858.000 đồng. Cộng lại, chương trình đã huy động gần 1 tỷ đồng "
                    "cho các sĩ tử.",
                    "Ban Biên tập ghi nhận nhiều hội cơ sở đã chủ động vận động nhà hảo "
                    "tâm nấu cơm, đưa đón thí sinh. Những việc làm ấy giúp các em yên "
                    "tâm bước vào kỳ thi quan trọng.",
                ],
            },
            {
                "title": "Khởi đầu năm học 2023–2024: những món quà tiếp sức đến trường",
                "author": "Hội Khuyến học tỉnh Sơn La",
                "summary": (
                    "Viettel trao 2,6 tỷ đồng học bổng “Cùng em đến trường”; Hội Khuyến "
                    "học tỉnh nhận đỡ đầu thêm 12 học sinh và trao 20 suất học bổng cho "
                    "học sinh Mường Giàng."
                ),
                "body": [
                    "Nhân dịp khai giảng năm học 2023–2024, Hội Khuyến học tỉnh tiếp nhận "
                    "2,6 tỷ đồng học bổng “Cùng em đến trường” do Tập đoàn Công nghiệp – "
                    "Viễn thông Quân đội (Viettel) trao tặng. Đây là nguồn lực lớn giúp "
                    "nhiều học sinh khó khăn có thêm điều kiện đến lớp.",
                    "Trong đợt thi đua “Tháng 9 khuyến học”, Hội quyết định trao 12 suất "
                    "“Nuôi em khuyến học”, mỗi suất 500.000 đồng một tháng cho đến khi các "
                    "em học hết trung học phổ thông. Kinh phí để hoàn thành chương trình "
                    "đỡ đầu này là 546 triệu đồng.",
                    "Cũng trong dịp này, 20 học sinh nghèo, học giỏi của Trường THCS "
                    "Mường Giàng, huyện Quỳnh Nhai nhận học bổng với tổng trị giá 20 triệu "
                    "đồng. Sinh viên các trường đại học, cao đẳng đóng trên địa bàn tỉnh "
                    "cũng nhận được hàng chục suất học bổng của Hội.",
                ],
            },
            {
                "title": "Học hỏi kinh nghiệm khuyến học từ các tỉnh bạn",
                "author": "Hội Khuyến học tỉnh Sơn La",
                "summary": (
                    "Hai đoàn cán bộ Hội tỉnh và 12 huyện, thành phố đã trao đổi kinh "
                    "nghiệm tại 6 tỉnh có phong trào khuyến học tiêu biểu."
                ),
                "body": [
                    "Được UBND tỉnh cho phép tại Quyết định số 558/QĐ-NC ngày 24/02/2023, "
                    "Hội Khuyến học tỉnh tổ chức hai đoàn cán bộ lãnh đạo Hội tỉnh và 12 "
                    "huyện, thành phố đi học tập kinh nghiệm. Các đoàn đã đến 6 tỉnh có "
                    "phong trào khuyến học tiêu biểu.",
                    "Nội dung trao đổi gồm việc triển khai các văn bản của Chính phủ về "
                    "xây dựng xã hội học tập, vận động xây dựng quỹ và củng cố hệ thống tổ "
                    "chức Hội. Các đoàn cũng tọa đàm về bộ tiêu chí và bộ công cụ đánh giá "
                    "mô hình “Công dân học tập”.",
                    "Bên cạnh đó, đoàn cán bộ Hội tỉnh và lãnh đạo Hội 12 huyện, thành phố "
                    "dự Hội nghị giao ban cụm I các tỉnh vùng Tây Bắc tổ chức tại Hòa Bình. "
                    "Sơn La trình bày tham luận về công tác chỉ đạo, tham mưu của tổ chức "
                    "Hội trong phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy "
                    "mạnh học tập suốt đời giai đoạn 2023–2030”.",
                    "Những kinh nghiệm thu được đang được các cấp Hội vận dụng phù hợp với "
                    "điều kiện của một tỉnh miền núi, nhiều dân tộc như Sơn La. Trước hết "
                    "là cách vận động quỹ và cách tổ chức đánh giá “Công dân học tập” ở "
                    "bản, tiểu khu.",
                ],
            },
            {
                "title": "Học bổng du học Nhật Bản mở thêm cơ hội cho học sinh lớp 12",
                "author": "Ban Biên tập",
                "summary": (
                    "Hội Khuyến học tỉnh đồng hành cùng Quỹ học bổng ASAHI tổ chức sơ "
                    "tuyển cho hơn 80 học sinh lớp 12 tại 3 trường THPT."
                ),
                "body": [
                    "Phối hợp với Quỹ học bổng ASAHI du học Nhật Bản, Hội Khuyến học tỉnh "
                    "đã làm việc trực tiếp với các nhà trường và tổ chức thi sơ tuyển cho "
                    "hơn 80 học sinh lớp 12 tại 3 trường trung học phổ thông. Các em được "
                    "giới thiệu về điều kiện học tập, làm việc và yêu cầu của chương trình.",
                    "Quỹ đã gửi thông báo nhập học cho 70 học sinh đạt tiêu chuẩn. Hiện 6 "
                    "em đang theo học tiếng Nhật tại một trung tâm ở Hà Nội để chuẩn bị "
                    "cho chặng đường du học.",
                    "Học bổng ISHIN-ASAHI là một trong những điểm mới của công tác khuyến "
                    "học năm 2023. Hội Khuyến học tỉnh mong chương trình sẽ mở ra thêm lựa "
                    "chọn học tập, lập nghiệp cho học sinh miền núi.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Số 34 – quý IV/2023: kết quả cuối năm
    # ------------------------------------------------------------------
    {
        "number": 34,
        "year": 2023,
        "quarter": 4,
        "publication_date": "2023-12-26",
        "title": "Bản tin Khuyến học Sơn La số 34",
        "editorial": [
            "Năm 2023 sắp khép lại với nhiều dấu ấn của phong trào khuyến học, khuyến "
            "tài, xây dựng xã hội học tập ở Sơn La. Số hội viên toàn tỉnh đạt 351.214 "
            "người, mô hình “Công dân học tập” được đánh giá bằng bộ công cụ mới, "
            "công tác kiểm tra được thực hiện ở cả 12/12 huyện, thành phố.",
            "Bản tin số 34 tổng hợp những con số chính của năm để các cấp Hội cùng nhìn "
            "lại, làm cơ sở cho hội nghị tổng kết sắp tới. Bên cạnh thành công, những "
            "hạn chế như phong trào chưa đồng đều hay quỹ ở một số nơi còn mỏng cũng "
            "được thẳng thắn nêu ra.",
            "Ban Biên tập chúc các cấp Hội, hội viên và bạn đọc một năm mới mạnh khỏe. "
            "Mong rằng năm 2024, chúng ta tiếp tục chung tay vì sự học của mọi người dân.",
        ],
        "articles": [
            {
                "title": "15 năm Ngày Khuyến học Việt Nam: gặp mặt, tọa đàm và Tuần lễ học tập suốt đời",
                "author": "Ban Biên tập",
                "summary": (
                    "Hội Khuyến học tỉnh tổ chức gặp mặt, tọa đàm nhân 15 năm Ngày Khuyến "
                    "học Việt Nam; 12 huyện, thành phố đồng loạt khai mạc Tuần lễ học tập "
                    "suốt đời năm 2023."
                ),
                "body": [
                    "Ngày 2/10/2023 đánh dấu 15 năm Ngày Khuyến học Việt Nam và 27 năm "
                    "thành lập Hội Khuyến học Việt Nam. Hội Khuyến học tỉnh Sơn La tổ "
                    "chức buổi gặp mặt, tọa đàm ôn lại chặng đường phát triển của Hội ở "
                    "Trung ương và ở tỉnh.",
                    "Hưởng ứng Tuần lễ học tập suốt đời năm 2023, Hội Khuyến học 12 huyện, "
                    "thành phố đồng loạt tổ chức lễ khai mạc. Các hoạt động thu hút sự "
                    "quan tâm rộng rãi của cán bộ, hội viên và nhân dân.",
                    "Dịp Trung thu trước đó, Hội Khuyến học tỉnh đã trao 10 suất học bổng, "
                    "tổng trị giá 10 triệu đồng, cho học sinh trường bán trú xã Mường "
                    "Lèo, huyện Sốp Cộp. Những hoạt động nối tiếp nhau đã làm cho mùa thu "
                    "năm nay thực sự là mùa khuyến học.",
                ],
            },
            {
                "title": "Các mô hình học tập năm 2023 qua những con số",
                "author": "Hội Khuyến học tỉnh Sơn La",
                "summary": (
                    "237.921 “Công dân học tập”, 242.138 “Gia đình học tập”, 858 “Đơn vị "
                    "học tập”: kết quả đánh giá các mô hình học tập năm 2023 của toàn tỉnh."
                ),
                "body": [
                    "Năm 2023, 388.000 người đăng ký danh hiệu “Công dân học tập” và "
                    "237.921 người đạt, tỷ lệ 61,3%. Tỷ lệ này thấp nhất trong năm mô hình, "
                    "cho thấy đây là việc cần ưu tiên trong năm 2024.",
                    "“Gia đình học tập” đạt 242.138 trên 274.526 hộ đăng ký (88,2%); "
                    "“Dòng họ học tập” đạt 842 trên 1.149 (73,2%). “Cộng đồng học tập” ở "
                    "tổ, bản, tiểu khu đạt 1.808 trên 2.303 (78,5%), còn “Đơn vị học tập” "
                    "đạt 858 trên 924 (92,8%).",
                    "Với 204 xã, phường, thị trấn, kết quả đánh giá “Cộng đồng học tập” "
                    "cấp xã gồm 97 đơn vị tốt, 77 đơn vị khá, 27 đơn vị trung bình và 3 "
                    "đơn vị yếu. Nhóm xếp loại tốt chiếm 47,6%.",
                    "Trước đó, trong hai ngày 23–24/5/2023, 100 cán bộ chủ chốt đã được "
                    "tập huấn cách sử dụng bộ công cụ đánh giá “Công dân học tập” với sự "
                    "hỗ trợ của giảng viên Trường Đại học Mở Hà Nội. Nhờ đó, việc "
                    "đánh giá ở cơ sở được thực hiện thống nhất hơn.",
                ],
            },
            {
                "title": "Kiểm tra 12/12 Hội Khuyến học huyện, thành phố",
                "author": "Ban Kiểm tra Hội Khuyến học tỉnh",
                "summary": (
                    "Đoàn kiểm tra của tỉnh hội làm việc với cả 12 huyện, thành phố, kèm "
                    "kiểm tra một đến hai hội cơ sở và một số trung tâm học tập cộng đồng."
                ),
                "body": [
                    "Ban Kiểm tra Hội Khuyến học tỉnh đã xây dựng kế hoạch kiểm tra, giám "
                    "sát cho cả nhiệm kỳ 2021–2026 và kế hoạch riêng cho năm 2023. Trong "
                    "năm, tỉnh hội kiểm tra đủ 12/12 Hội Khuyến học huyện, thành phố.",
                    "Ở mỗi địa phương, đoàn kiểm tra thêm một đến hai đơn vị cơ sở và hoạt "
                    "động của một số trung tâm học tập cộng đồng. Nội dung chính là việc "
                    "thực hiện Điều lệ Hội, quy chế hoạt động và quản lý tài chính, quỹ "
                    "khuyến học.",
                    "Kết quả cho thấy phần lớn đơn vị làm tốt chức năng, nhiệm vụ; quỹ "
                    "được quản lý công khai, minh bạch, tiết kiệm, đúng quy định. Theo "
                    "báo cáo của 12 huyện, thành phố, tổng số dư quỹ khuyến học cấp huyện "
                    "là 9.172.121.000 đồng; các Hội, Ban Khuyến học trực thuộc tỉnh hội có "
                    "865.112.000 đồng.",
                ],
            },
            {
                "title": "Trung tâm học tập cộng đồng: từ hội thảo đến những lớp học thiết thực",
                "author": "Hội Khuyến học tỉnh Sơn La",
                "summary": (
                    "Hội thảo về trung tâm học tập cộng đồng có 38 tham luận; trong năm, "
                    "các trung tâm mở hàng trăm lớp với 37.041 lượt học viên."
                ),
                "body": [
                    "Hội thảo “Thực trạng và giải pháp nâng cao chất lượng hoạt động của "
                    "Trung tâm học tập cộng đồng cấp xã, phường, thị trấn tỉnh Sơn La” đã "
                    "thu hút gần 100 đại biểu với 38 tham luận. Hội thảo chuyên đề về trung "
                    "tâm học tập cộng đồng là một trong những điểm mới của năm 2023.",
                    "Năm 2023, các cấp Hội phối hợp với ban quản lý trung tâm mở 36 lớp "
                    "xóa mù chữ, các lớp tiếng Thái, 127 lớp hướng dẫn khoa học, kỹ thuật, "
                    "129 lớp kỹ thuật nông, lâm nghiệp và 90 lớp pháp luật. Tổng cộng có "
                    "37.041 lượt học viên.",
                    "Song song, 12/12 huyện, thành phố đã mở 110 lớp tập huấn nghiệp vụ "
                    "với 4.812 lượt người tham gia. Một số nơi như thành phố Sơn La, Mai "
                    "Sơn, Mộc Châu, Sông Mã tổ chức tập huấn tại cụm xã để người học đi "
                    "lại thuận tiện.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Số 35 – quý I/2024: 80 năm ngày mất Tô Hiệu, tổng kết 2023, kế hoạch 2024
    # ------------------------------------------------------------------
    {
        "number": 35,
        "year": 2024,
        "quarter": 1,
        "publication_date": "2024-03-05",
        "title": "Bản tin Khuyến học Sơn La số 35",
        "editorial": [
            "Bản tin số 35 ra đời đúng những ngày cả tỉnh tưởng nhớ 80 năm ngày mất của "
            "nhà cách mạng Tô Hiệu (07/3/1944 – 07/3/2024). Tên ông gắn với quỹ học "
            "bổng đã tiếp sức cho biết bao học sinh nghèo hiếu học của Sơn La.",
            "Số báo này cũng điểm lại những kết quả chính của năm 2023 theo Báo cáo số "
            "01/BC-HKH và giới thiệu các nhiệm vụ năm 2024 theo Kế hoạch số 137/KH-HKH. "
            "Việc xuất bản Bản tin số 35 chính là một trong những nhiệm vụ được nêu "
            "trong kế hoạch ấy.",
            "Ban Biên tập mong các cấp Hội coi Bản tin là diễn đàn chung của mình. Xin "
            "tiếp tục gửi tin, bài phản ánh phong trào ở cơ sở trong năm mới.",
        ],
        "articles": [
            {
                "title": "80 năm ngày mất nhà cách mạng Tô Hiệu: tiếp nối bằng những suất học bổng",
                "author": "Ban Biên tập",
                "summary": (
                    "Kỷ niệm 80 năm ngày mất và 112 năm ngày sinh Tô Hiệu gắn với vận động "
                    "Quỹ Học bổng Tô Hiệu, quỹ từng nhận khoản ủng hộ 6 tỷ 100 triệu đồng "
                    "năm 2022."
                ),
                "body": [
                    "Tô Hiệu sinh năm 1912 và hy sinh ngày 07/3/1944 tại nhà tù Sơn La, "
                    "khi tuổi đời còn rất trẻ. Năm 2024 tròn 80 năm ông mất và 112 năm ngày "
                    "sinh; Hội Khuyến học tỉnh cùng các cơ quan chuẩn bị hoạt động tưởng "
                    "niệm, đồng thời kêu gọi đóng góp cho Quỹ Học bổng Tô Hiệu.",
                    "Quỹ có dấu mốc đáng nhớ vào năm 2022, khi nhận khoản ủng hộ 6 tỷ 100 "
                    "triệu đồng nhân 110 năm ngày sinh nhà cách mạng. Năm 2023, chương "
                    "trình nghệ thuật “Màu hoa con mai” tiếp tục vận động cho quỹ theo Kế "
                    "hoạch số 49/KH-UBND của UBND tỉnh.",
                    "Từ nguồn quỹ, 80 suất học bổng đã được trao cho học sinh các trường "
                    "mang tên Tô Hiệu, cùng bốn học sinh có hoàn cảnh đặc biệt ở huyện Vân "
                    "Hồ, tổng trị giá 92 triệu đồng. Cuối năm 2023, Quỹ Khuyến học tỉnh và "
                    "Quỹ Học bổng Tô Hiệu có tổng số dư 14,7 tỷ đồng.",
                    "Hội Khuyến học tỉnh đề nghị các cấp Hội tổ chức hoạt động tưởng niệm "
                    "theo cách thiết thực nhất. Đó là khuyến khích học sinh tìm hiểu cuộc "
                    "đời Tô Hiệu và chung tay góp quỹ học bổng mang tên ông.",
                ],
            },
            {
                "title": "Báo cáo số 01/BC-HKH: nhìn lại một năm khuyến học",
                "author": "Hội Khuyến học tỉnh Sơn La",
                "summary": (
                    "Năm 2023, các cấp Hội khen thưởng, trao học bổng 43.939 lượt với tổng "
                    "số tiền hơn 10,4 tỷ đồng; tổng quỹ khuyến học toàn tỉnh gần 31,9 tỷ đồng."
                ),
                "body": [
                    "Báo cáo tổng kết năm 2023 ban hành ngày 01/01/2024 cho biết các cấp Hội "
                    "đã khen thưởng, trao quà và học bổng 43.939 lượt tập thể, cá nhân, tổng "
                    "số tiền 10.408.674.000 đồng. Riêng các chương trình tài trợ cho học "
                    "sinh nghèo vùng biên giới có giá trị 4.571.950.000 đồng.",
                    "Hội Khuyến học tỉnh trực tiếp khen thưởng 1.053 lượt từ Quỹ Khuyến học "
                    "và Quỹ Học bổng Tô Hiệu, với 844.200.000 đồng, nhiều hơn năm 2022 là "
                    "427 lượt và 454.800.000 đồng. Trong đó có 40 suất của chương trình "
                    "“Vietcombank chung tay vì người nghèo” dành cho học sinh mồ côi cả cha "
                    "lẫn mẹ, 22 học sinh đạt giải cao tại Cuộc thi khoa học kỹ thuật và "
                    "20 giáo viên vượt khó dự thi giáo viên dạy giỏi.",
                    "Tỉnh hội còn tặng giấy khen, tiền thưởng cho 63 trường đạt chuẩn quốc "
                    "gia và 2 vận động viên giành huy chương tại SEA Games 32. Tại hội nghị "
                    "tổng kết, Trung ương Hội Khuyến học Việt Nam tặng 2 cờ thi đua, 28 kỷ "
                    "niệm chương và 42 bằng khen; Hội Khuyến học tỉnh tặng 487 giấy khen.",
                    "Tổng quỹ khuyến học toàn tỉnh hiện là 31.862.960.857 đồng. Theo báo "
                    "cáo, tổng số học bổng và kinh phí khen thưởng năm 2023 gấp ba lần "
                    "năm 2022.",
                ],
            },
            {
                "title": "Kế hoạch số 137/KH-HKH: mười nhóm nhiệm vụ năm 2024",
                "author": "Hội Khuyến học tỉnh Sơn La",
                "summary": (
                    "Kế hoạch ngày 21/8/2023 nêu 10 nhóm nhiệm vụ năm 2024, từ Giải thưởng "
                    "Nhân tài Đất Việt, hội thi cán bộ khuyến học giỏi đến mục tiêu tăng "
                    "quỹ cấp tỉnh thêm 20%."
                ),
                "body": [
                    "Kế hoạch số 137/KH-HKH ngày 21/8/2023 được xây dựng trên cơ sở Quyết "
                    "định số 1373/QĐ-TTg, 387/QĐ-TTg, 677/QĐ-TTg của Thủ tướng Chính phủ "
                    "và các kế hoạch 206, 210 của UBND tỉnh. Kế hoạch chia thành 10 nhóm "
                    "nhiệm vụ, kèm mốc thời gian dự kiến theo quý.",
                    "Trong quý I, Hội phát động hưởng ứng Giải thưởng “Nhân tài Đất Việt” "
                    "năm 2024 với chủ đề “Tôn vinh tài năng – Khơi nguồn sáng tạo”, trong "
                    "đó có Giải thưởng “Khuyến học – Tự học thành tài”. Quý II là thời "
                    "điểm dự kiến cho lần trao học bổng “Học không bao giờ cùng” năm 2024.",
                    "Cuối quý II, Hội tham mưu tổ chức hội nghị sơ kết 3 năm thực hiện "
                    "Quyết định 1373 và 2 năm thực hiện Quyết định 387, 677. Quý III dành "
                    "cho tập huấn về xây dựng tổ chức Hội trong thời đại công nghệ số; quý "
                    "IV tổ chức Hội thi “Cán bộ khuyến học giỏi” lần thứ IV, gắn với Ngày "
                    "Khuyến học Việt Nam 02/10/2024.",
                    "Về quỹ, mục tiêu là đến hết năm 2024 quỹ cấp tỉnh lớn hơn 20% so với "
                    "hiện nay. Hội cũng sẽ đề xuất với Tỉnh ủy, HĐND, UBND tỉnh đưa kinh "
                    "phí xây dựng mô hình học tập vào dự toán ngân sách hằng năm.",
                ],
            },
            {
                "title": "Đưa công nghệ số vào đánh giá các mô hình học tập",
                "author": "Ban Biên tập",
                "summary": (
                    "Năm 2024, Hội dự kiến xây dựng phần mềm số hóa việc thu thập minh "
                    "chứng, chấm điểm, tổng hợp và báo cáo kết quả các mô hình học tập."
                ),
                "body": [
                    "Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ ban "
                    "hành kế hoạch triển khai phong trào “Cả nước thi đua xây dựng xã hội "
                    "học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030”. Đây là một "
                    "trong những căn cứ để Hội Khuyến học tỉnh xác định nhiệm vụ năm 2024.",
                    "Một nhiệm vụ mới là xây dựng phần mềm để số hóa toàn bộ quy trình: "
                    "điều tra, thu thập minh chứng, chấm điểm, đánh giá, tổng hợp và báo cáo "
                    "kết quả thực hiện các bộ tiêu chí mô hình học tập. Khi đi vào vận "
                    "hành, phần mềm sẽ giảm đáng kể khối lượng giấy tờ cho cán bộ cơ sở.",
                    "Song song, Hội đã hoàn thiện hồ sơ đăng ký đề tài khoa học cấp tỉnh "
                    "năm 2024 nghiên cứu giải pháp phát triển phong trào học tập suốt đời "
                    "trong gia đình, dòng họ dân tộc Thái tỉnh Sơn La. Kết quả đề tài được "
                    "kỳ vọng giúp các mô hình học tập phù hợp hơn với văn hóa từng vùng.",
                ],
            },
        ],
    },
]
