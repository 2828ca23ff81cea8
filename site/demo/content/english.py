"""English translations shipped with the demo, entered through wagtail-localize.

Each page is found by its Vietnamese slug; each field lists the English strings
in the order wagtail-localize extracts its segments (body: paragraphs, then an
image's alt text, caption and credit where the body has one).
"""

SONLA_PAGES = {
    "son-la": {
        "title": ["Sơn La Provincial Association for Encouraging Learning"],
        "summary": [
            "The Sơn La Association for Encouraging Learning online: news from its 12 district and city "
            "associations, the Bản tin Khuyến học bulletin, scholarship funds, and the association's plans "
            "and reports."
        ],
        "intro": [
            "The Sơn La Association for Encouraging Learning online: news from its 12 district and city "
            "associations, the Bản tin Khuyến học bulletin, scholarship funds, and the association's plans "
            "and reports."
        ],
        "key_figures": [
            "The Sơn La Association for Encouraging Learning in 2023",
            "Learning models built in 2023",
        ],
    },
    "gioi-thieu": {
        "title": ["About us"],
        "slug": ["about"],
        "summary": ["What the Sơn La Provincial Association for Encouraging Learning does and how it is organised."],
        "body": [
            "The Sơn La association has 12 district and city associations, 204 commune, ward and town "
            "associations, 2,845 branches and 404 learning-promotion boards; at the end of 2023 the province "
            "counted 351,214 members, about 28% of its population.",
            "The association advises the Party committees and the authorities on encouraging learning and "
            "talent and on building a learning society, raises the Learning Promotion Fund and the Tô Hiệu "
            "Scholarship Fund, and develops the learning models.",
        ],
    },
    "tin-tuc": {
        "title": ["News"],
        "slug": ["news"],
        "intro": ["News items and articles from the association's office and its local associations."],
    },
    "tiep-suc-mua-thi-2023-gan-1-ty-dong-tien-mat-va-hien-vat-cho-hoc-sinh-lop-12": {
        "title": ["“Exam Season Support” 2023: nearly 1 billion dong in cash and kind for grade 12 students"],
        "slug": ["exam-season-support-2023"],
        "summary": [
            "Answering the call of the Chairman of the Provincial People's Committee, the associations at "
            "every level gave 477.2 million dong in cash and goods worth over 502 million dong to support "
            "exam candidates."
        ],
        "body": [
            "Before the 2023 upper-secondary graduation exam, the Chairman of the Sơn La Provincial People's "
            "Committee called on everyone to support grade 12 students. The associations responded at once, "
            "spreading the word, raising support and working with the mass organisations to help candidates, "
            "above all those living far from their exam centre.",
            "Cash handed to students by the associations reached 477,200,000 dong. The provincial association "
            "alone gave scholarships to 320 grade 12 students, 160 million dong in all.",
            "Illustration: a red scholarship envelope on a yellow background",
            "Scholarship ceremony",
            "Illustration",
            "Besides cash, practical gifts reached the exam centres: 11,456 breakfasts, lunches and dinners; "
            "21,397 bottles of water and soft drinks; 7,491 cartons of milk; 4,865 packs of cakes and 1,975 "
            "school items. Valued in money, the support in kind came to 502,858,000 dong.",
            "A meal or a bottle of water is a small thing, yet it lets students walk into the exam room with "
            "peace of mind, especially ethnic-minority students boarding far from home. The programme also "
            "showed how far learning promotion reaches when members, businesses and residents join in.",
            "Cash and kind together, the 2023 “Exam Season Support” raised nearly 1 billion dong for grade 12 "
            "students. The provincial association will keep the programme going in the exam seasons to come.",
        ],
        "author_name": ["Editorial board"],
        "source": ["Sơn La Provincial Association for Encouraging Learning"],
    },
    "viettel-trao-26-ty-dong-hoc-bong-cung-em-den-truong-cho-hoc-sinh-son-la": {
        "title": ["Viettel gives 2.6 billion dong of “Going to School Together” scholarships to Sơn La students"],
        "slug": ["viettel-going-to-school-together-scholarships"],
        "summary": [
            "At the opening of the 2023–2024 school year, the Sơn La association received 2.6 billion dong of "
            "“Going to School Together” scholarships from the Military Industry and Telecoms Group."
        ],
        "body": [
            "At the start of the 2023–2024 school year, the Military Industry and Telecoms Group (Viettel) gave "
            "the Sơn La Provincial Association for Encouraging Learning “Going to School Together” scholarships "
            "worth 2.6 billion dong, one of the largest gifts the association received in 2023.",
            "The scholarships go to students from families in hardship, helping them back to class as the new "
            "school year begins. The association thanked the company and committed to passing every "
            "scholarship to the right students, openly and transparently.",
        ],
        "author_name": ["Editorial board"],
        "source": ["Sơn La Provincial Association for Encouraging Learning"],
    },
}
