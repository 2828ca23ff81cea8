"""Text from stdin as an OCR'd scan might read it (``demo.ocr_noise``): to see what the search
quality benchmark's OCR queries look like.

Usage: echo "Quỹ học bổng Tô Hiệu" | .venv/bin/python bench/ocr_noise.py [seed]
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))

from demo.ocr_noise import mangle  # noqa: E402

if __name__ == "__main__":
    rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    for line in sys.stdin:
        print(mangle(line.rstrip("\n"), rng))
