"""Demo pictures drawn with Pillow, so the demo needs no network and no stock photos."""

import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

# title, alt text (Wagtail's image description), palette (sky, land)
SCENES = [
    ("Núi đồi Sơn La", "Tranh minh họa: dãy núi xanh và mặt trời buổi sáng", ((120, 180, 220), (40, 120, 70))),
    (
        "Lớp học cộng đồng",
        "Tranh minh họa: bảng đen và chồng sách trong lớp học cộng đồng",
        ((245, 230, 200), (150, 90, 50)),
    ),
    ("Lễ trao học bổng", "Tranh minh họa: phong bì học bổng màu đỏ trên nền vàng", ((250, 215, 120), (190, 40, 40))),
    ("Ruộng bậc thang", "Tranh minh họa: ruộng bậc thang vàng dưới trời xanh", ((150, 200, 235), (200, 170, 60))),
    ("Sông nước miền Tây", "Tranh minh họa: dòng sông và hàng dừa miền Tây Nam Bộ", ((170, 215, 240), (60, 140, 160))),
    ("Trang sách mở", "Tranh minh họa: cuốn sách mở trên bàn gỗ", ((235, 225, 210), (110, 70, 40))),
    (
        "Đường đến trường",
        "Tranh minh họa: con đường đất quanh co dẫn tới ngôi trường",
        ((180, 215, 240), (90, 150, 80)),
    ),
    ("Ngày hội khuyến học", "Tranh minh họa: cờ đỏ và băng rôn ngày hội khuyến học", ((255, 240, 210), (200, 60, 40))),
]
WIDTH, HEIGHT = 1200, 675


def _draw_scene(seed: int, sky, land) -> PILImage.Image:
    rng = random.Random(seed)
    img = PILImage.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(img)
    for y in range(HEIGHT // 2):  # gentle gradient in the sky
        shade = tuple(min(255, c + y // 6) for c in sky)
        draw.line([(0, y), (WIDTH, y)], fill=shade)
    draw.ellipse([WIDTH - 260, 60, WIDTH - 140, 180], fill=(255, 225, 120))
    for layer in range(3):
        colour = tuple(max(0, c - 25 * layer) for c in land)
        base = HEIGHT // 2 + layer * 70
        points = (
            [(0, HEIGHT)] + [(x, base - rng.randint(20, 160)) for x in range(0, WIDTH + 150, 150)] + [(WIDTH, HEIGHT)]
        )
        draw.polygon(points, fill=colour)
    # a book, the association's emblem in every picture
    cx, cy = WIDTH // 2, HEIGHT - 150
    draw.polygon([(cx - 160, cy), (cx, cy + 30), (cx, cy + 110), (cx - 160, cy + 80)], fill=(250, 250, 245))
    draw.polygon([(cx + 160, cy), (cx, cy + 30), (cx, cy + 110), (cx + 160, cy + 80)], fill=(235, 235, 228))
    return img


def _cover(number: int, year: int) -> PILImage.Image:
    img = PILImage.new("RGB", (600, 850), (11, 93, 59))
    draw = ImageDraw.Draw(img)
    draw.rectangle([30, 30, 570, 820], outline=(230, 190, 80), width=6)
    big, small = ImageFont.load_default(size=220), ImageFont.load_default(size=60)
    draw.text((300, 380), str(number), font=big, fill=(255, 255, 255), anchor="mm")
    draw.text((300, 600), str(year), font=small, fill=(230, 190, 80), anchor="mm")
    return img


def _save(pil_image, title: str, description: str, filename: str, collection):
    """Each Site's pictures live in its own collection, where only its board may choose them."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    buffer = BytesIO()
    pil_image.save(buffer, format="JPEG", quality=82, optimize=True)
    image = Image(title=title, description=description, collection=collection)
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image


def scene_images(collection) -> list:
    return [
        _save(_draw_scene(i, sky, land), title, alt, f"demo-{i + 1}.jpg", collection)
        for i, (title, alt, (sky, land)) in enumerate(SCENES)
    ]


def bulletin_cover(number: int, year: int, collection):
    return _save(
        _cover(number, year),
        f"Bìa Bản tin Khuyến học số {number}",
        f"Bìa Bản tin Khuyến học Sơn La số {number} năm {year}",
        f"ban-tin-{number}.jpg",
        collection,
    )
