"""The desk's body: paragraphs typed with blank lines between them, and back."""

from wagtail.blocks import StreamValue

from blocks.streams import ArticleStreamBlock
from workflows.authoring import body


def stream(blocks):
    return StreamValue(ArticleStreamBlock(), [{"type": kind, "value": value} for kind, value in blocks], is_lazy=True)


def test_blank_lines_make_paragraphs_and_single_breaks_stay():
    blocks = body.to_stream("Một\nhai\n\n\n  Ba <b>&  \r\n\r\n")
    assert [str(value) for _kind, value in blocks] == ["<p>Một<br/>hai</p>", "<p>Ba &lt;b&gt;&amp;</p>"]


def test_plain_paragraphs_go_back_to_text():
    value = stream([("paragraph", "<p>Một<br/>hai</p>"), ("paragraph", "<p>Ba &lt;b&gt;&amp;</p>")])
    assert body.is_plain(value)
    assert body.to_text(value) == "Một\nhai\n\nBa <b>&"


def test_formatting_or_other_blocks_are_not_plain():
    assert not body.is_plain(stream([("paragraph", "<p><b>Đậm</b></p>")]))
    assert not body.is_plain(stream([("heading", {"text": "Tiêu đề", "level": "h2"})]))
    assert body.is_plain(stream([]))
